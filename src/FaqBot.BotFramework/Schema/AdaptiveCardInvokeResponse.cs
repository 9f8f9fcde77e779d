using System.Text.Json;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// Body of the answer to an <c>adaptiveCard/action</c> invoke: a replacement card
/// (<see cref="ContentTypes.AdaptiveCard"/>), a toast message (<see cref="ContentTypes.ActivityMessage"/>)
/// or an error (<see cref="ContentTypes.Error"/>).
/// </summary>
public sealed record AdaptiveCardInvokeResponse
{
    public required int StatusCode { get; init; }

    public required string Type { get; init; }

    public JsonElement? Value { get; init; }
}
