namespace FaqBot.Answers.Evaluation;

/// <summary>The two question-file formats <c>eval</c> reads.</summary>
public enum QuestionSetFormat
{
    /// <summary>The FaqBot dev format: <c>id, kind, question, expect_seed, expect_phrases, note</c>.</summary>
    DevSet,

    /// <summary>The MedQuAD format: <c>id, question, article, heading, also_in</c> (ranking only).</summary>
    MedQuad,
}
