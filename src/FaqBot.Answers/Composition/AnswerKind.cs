namespace FaqBot.Answers.Composition;

/// <summary>The kinds of reply FaqBot gives; the JSON names are the snake_case forms.</summary>
public enum AnswerKind
{
    Answer,
    LowConfidence,
    NoAnswer,
    Emergency,
    Dosing,
    ChitChat,
}
