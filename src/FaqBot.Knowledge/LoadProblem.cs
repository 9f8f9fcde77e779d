namespace FaqBot.Knowledge;

/// <summary>A file (or synonyms line) that could not be loaded as it is.</summary>
/// <param name="File">Path of the file relative to the knowledge folder, '/' separators.</param>
/// <param name="Line">1-based line the problem was found on.</param>
/// <param name="Message">What is wrong, and what was done about it.</param>
public sealed record LoadProblem(string File, int Line, string Message)
{
    /// <summary>The compiler-style form <c>file:line: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
