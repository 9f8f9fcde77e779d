namespace FaqBot.BotFramework.Schema;

/// <summary>Card action <c>type</c> values (ACT-SPEC "Card action").</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Invoke = "invoke";
}
