using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Feedback;

/// <summary>A question the articles did not answer well, as stored in the unanswered log.</summary>
public sealed record UnansweredRecord
{
    public required DateTimeOffset Time { get; init; }

    public required string Question { get; init; }

    /// <summary><see cref="AnswerKind.NoAnswer"/> or <see cref="AnswerKind.LowConfidence"/>.</summary>
    public required AnswerKind Kind { get; init; }

    public string? Channel { get; init; }

    /// <summary>SHA-256 of the conversation id; never the raw id.</summary>
    public string? ConversationHash { get; init; }
}
