namespace FaqBot.Answers;

/// <summary>The one exception type of FaqBot.Answers: bad question files and similar caller errors.</summary>
public sealed class AnswersException : Exception
{
    /// <summary>Creates the exception with a message that names the file and line where known.</summary>
    public AnswersException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the error that caused it.</summary>
    public AnswersException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
