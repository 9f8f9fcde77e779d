namespace FaqBot.Answers.Composition;

/// <summary>Turns a user message into an <see cref="Answer"/>. Thread-safe; never throws for user input.</summary>
public interface IQuestionAnswerer
{
    Answer Answer(UserQuestion question);

    /// <summary>The welcome a channel shows when a user joins: a greeting with example questions.</summary>
    Answer Welcome(string? locale);
}
