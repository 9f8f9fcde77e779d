namespace FaqBot.Answers.Context;

/// <summary>What FaqBot remembers about one conversation between messages.</summary>
/// <param name="Topic">Topic words of the last question that had one ("baclofen"), for follow-ups.</param>
/// <param name="LastQuery">The last searched question as it was read, for "tell me more".</param>
/// <param name="Shown">Passage ids already quoted for <paramref name="LastQuery"/>.</param>
/// <param name="LastKind">The kind of the last reply (a "None of these" only means something after "did you mean").</param>
public sealed record ConversationState(string? Topic, string? LastQuery, IReadOnlySet<string> Shown, Composition.AnswerKind? LastKind)
{
    /// <summary>A conversation with nothing remembered yet.</summary>
    public static ConversationState Empty { get; } = new(null, null, new HashSet<string>(), null);
}
