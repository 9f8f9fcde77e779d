using System.Text.Json;
using System.Text.Json.Serialization;
using FaqBot.Answers.Feedback;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// The data behind a 👍/👎 button. It travels with the card (Action.Submit data, Action.Execute data
/// or postBack value) and comes back in the submit, so no server-side state is needed to record it.
/// </summary>
internal sealed record FeedbackPayload
{
    /// <summary>Marker telling feedback submits apart from other card data.</summary>
    public const string Marker = "feedback";

    private const int MaxQuestionLength = 500;

    [JsonPropertyName("faqbot")]
    public string Kind { get; init; } = Marker;

    public required string Rating { get; init; }

    public string? Question { get; init; }

    public IReadOnlyList<FeedbackSource> Sources { get; init; } = [];

    public static FeedbackPayload Create(FeedbackRating rating, string? question, IReadOnlyList<FeedbackSource> sources) => new()
    {
        Rating = rating == FeedbackRating.Helpful ? "helpful" : "unhelpful",
        Question = question is { Length: > MaxQuestionLength } ? question[..MaxQuestionLength] : question,
        Sources = sources,
    };

    /// <summary>Reads a feedback payload from submitted card data; null when it is something else or malformed.</summary>
    public static FeedbackPayload? TryRead(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("faqbot", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Marker)
        {
            return null;
        }

        try
        {
            var payload = element.Deserialize<FeedbackPayload>(Schema.BotJson.Options);
            return payload?.ToRating() is null ? null : payload;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public FeedbackRating? ToRating() => Rating switch
    {
        "helpful" => FeedbackRating.Helpful,
        "unhelpful" => FeedbackRating.Unhelpful,
        _ => null,
    };
}
