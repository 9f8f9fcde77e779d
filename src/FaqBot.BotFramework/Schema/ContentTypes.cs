namespace FaqBot.BotFramework.Schema;

/// <summary>Attachment and invoke-response content types used by FaqBot.</summary>
public static class ContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
