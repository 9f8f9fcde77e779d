namespace FaqBot.Answers.Context;

/// <summary>How a message will be searched.</summary>
/// <param name="Query">The text to search.</param>
/// <param name="InterpretedAs">Set when context changed the message ("baclofen side effects"), else null.</param>
public sealed record Interpretation(string Query, string? InterpretedAs);
