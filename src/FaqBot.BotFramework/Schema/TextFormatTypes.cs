namespace FaqBot.BotFramework.Schema;

/// <summary>Activity <c>textFormat</c> values.</summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
