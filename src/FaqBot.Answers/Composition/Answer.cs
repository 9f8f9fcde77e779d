namespace FaqBot.Answers.Composition;

/// <summary>
/// A channel-neutral reply to one user message. Channels (terminal, Bot Framework, Web Chat)
/// render it; nothing here knows about any wire format.
/// </summary>
public sealed record Answer
{
    /// <summary>What sort of reply this is; decides how channels present it.</summary>
    public required AnswerKind Kind { get; init; }

    /// <summary>
    /// Fixed template sentences that lead the reply (urgent-help guidance, "my articles don't cover
    /// that", "ask your prescriber", "Showing results for: …"). Never article text.
    /// </summary>
    public IReadOnlyList<string> Lead { get; init; } = [];

    /// <summary>Verbatim excerpts of curated articles, best first.</summary>
    public IReadOnlyList<Excerpt> Excerpts { get; init; } = [];

    /// <summary>The consult-your-doctor disclaimer, or null on replies without health content.</summary>
    public string? Disclaimer { get; init; }

    /// <summary>Follow-up questions a channel may offer as buttons.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>How the question was read when context or a correction changed it, else null.</summary>
    public string? InterpretedAs { get; init; }

    /// <summary>Why the answer is what it is: analysed query, matched terms, scores, index version.</summary>
    public AnswerExplanation? Explanation { get; init; }
}
