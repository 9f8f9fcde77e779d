namespace FaqBot.Answers.Evaluation;

/// <summary>One question the bot did not handle as expected.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Kind">Its expected kind.</param>
/// <param name="Question">The question text.</param>
/// <param name="Expected">What a correct reply needed, in words.</param>
/// <param name="Actual">What the bot did, in words.</param>
public sealed record EvaluationFailure(string Id, string Kind, string Question, string Expected, string Actual);
