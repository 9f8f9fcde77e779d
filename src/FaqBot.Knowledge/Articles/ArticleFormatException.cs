namespace FaqBot.Knowledge.Articles;

/// <summary>Why one article file cannot be loaded, and on which line (1-based).</summary>
internal sealed class ArticleFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
