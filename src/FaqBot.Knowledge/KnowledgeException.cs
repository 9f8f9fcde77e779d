namespace FaqBot.Knowledge;

/// <summary>The knowledge base as a whole cannot be loaded (missing folder, no loadable article).</summary>
public sealed class KnowledgeException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public KnowledgeException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public KnowledgeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
