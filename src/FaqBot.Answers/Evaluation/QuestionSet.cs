namespace FaqBot.Answers.Evaluation;

/// <summary>A loaded question file.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Format">Which format the file is in.</param>
/// <param name="Questions">Its questions in file order.</param>
public sealed record QuestionSet(string Path, QuestionSetFormat Format, IReadOnlyList<EvalQuestion> Questions);
