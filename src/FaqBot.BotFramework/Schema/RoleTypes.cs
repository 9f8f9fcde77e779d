namespace FaqBot.BotFramework.Schema;

/// <summary>ChannelAccount <c>role</c> values (informational only, A7511).</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
