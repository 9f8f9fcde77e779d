namespace FaqBot.Answers.Evaluation;

/// <summary>How many questions of one dev-set kind were handled as that kind requires.</summary>
/// <param name="Kind">The dev-set kind.</param>
/// <param name="Criterion">What "handled" means for this kind, in words.</param>
/// <param name="Total">Questions of this kind.</param>
/// <param name="Correct">Questions handled correctly.</param>
public sealed record KindAccuracy(string Kind, string Criterion, int Total, int Correct)
{
    /// <summary>Correct / Total (1 when there were none).</summary>
    public double Accuracy => Total == 0 ? 1 : Correct / (double)Total;
}
