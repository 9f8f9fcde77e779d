using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Answers.Feedback;

/// <summary>How feedback and unanswered records are written, in files and in Redis alike (snake_case enums, no nulls).</summary>
public static class FeedbackJson
{
    /// <summary>The serializer options of every record log.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
