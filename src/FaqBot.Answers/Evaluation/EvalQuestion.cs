namespace FaqBot.Answers.Evaluation;

/// <summary>One question of a question set, in either format.</summary>
public sealed record EvalQuestion
{
    /// <summary>The question's id in the file.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The dev-set kind (<c>answerable</c>, <c>out_of_scope</c>, <c>emergency</c>, <c>chitchat</c>,
    /// <c>dosing_personal</c>); <c>answerable</c> for every MedQuAD question.
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>The message exactly as a user would type it.</summary>
    public required string Question { get; init; }

    /// <summary>Dev set: the articles' <c>origin</c> file names that answer it, most relevant first.</summary>
    public IReadOnlyList<string> ExpectSeeds { get; init; } = [];

    /// <summary>Dev set: phrases copied word for word from the answering passage.</summary>
    public IReadOnlyList<string> ExpectPhrases { get; init; } = [];

    /// <summary>MedQuAD: the expected article id (its path without <c>.md</c>); the other ids that also count.</summary>
    public IReadOnlyList<string> ExpectArticles { get; init; } = [];

    /// <summary>MedQuAD: the heading of the expected section in the expected (first) article.</summary>
    public string? ExpectHeading { get; init; }
}
