namespace FaqBot.Search.Analysis;

/// <summary>A line of a synonyms file that does not follow the Solr synonyms format.</summary>
public sealed class SynonymFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lineNumber">1-based number of the offending line.</param>
    /// <param name="reason">What is wrong with the line.</param>
    /// <param name="line">The line as written.</param>
    public SynonymFormatException(int lineNumber, string reason, string line)
        : base($"Synonyms line {lineNumber}: {reason}: \"{line}\"")
    {
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>1-based number of the offending line.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong with the line, without the line number.</summary>
    public string Reason { get; }
}
