using System.Text.Json;

namespace FaqBot.BotFramework.Schema;

/// <summary>A clickable action on a card or in suggested actions (schema <c>CardAction</c>).</summary>
public sealed record CardAction
{
    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Image { get; init; }

    /// <summary>Text sent to the bot (<c>messageBack</c>).</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the chat (<c>messageBack</c>).</summary>
    public string? DisplayText { get; init; }

    /// <summary>The payload: a string for <c>imBack</c>/<c>openUrl</c>, any JSON for <c>postBack</c>.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>An <c>imBack</c> action that sends <paramref name="text"/> as the user's message.</summary>
    public static CardAction ImBack(string title, string text) =>
        new() { Type = ActionTypes.ImBack, Title = title, Value = BotJson.ToElement(text) };

    /// <summary>An <c>openUrl</c> action.</summary>
    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = ActionTypes.OpenUrl, Title = title, Value = BotJson.ToElement(url) };
}
