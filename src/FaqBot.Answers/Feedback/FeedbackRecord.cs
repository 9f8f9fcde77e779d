namespace FaqBot.Answers.Feedback;

/// <summary>One rating of one answer, as stored in the feedback log (one JSON line).</summary>
public sealed record FeedbackRecord
{
    public required DateTimeOffset Time { get; init; }

    public required FeedbackRating Rating { get; init; }

    /// <summary>The question the rated answer replied to, when known (content, not a log line).</summary>
    public string? Question { get; init; }

    /// <summary>The article sections the rated answer quoted.</summary>
    public IReadOnlyList<FeedbackSource> Sources { get; init; } = [];

    /// <summary>Channel id (<c>msteams</c>, <c>webchat</c>, …).</summary>
    public string? Channel { get; init; }

    /// <summary>SHA-256 of the conversation id (see <see cref="ConversationIdHasher"/>); never the raw id.</summary>
    public string? ConversationHash { get; init; }

    /// <summary>How the rating arrived: <c>card</c>, <c>invoke</c> or <c>reaction</c>.</summary>
    public string? Via { get; init; }
}
