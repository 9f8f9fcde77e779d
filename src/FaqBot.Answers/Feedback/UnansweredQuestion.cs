namespace FaqBot.Answers.Feedback;

/// <summary>One row of the report's unanswered list: a question (as first asked) and how often it came.</summary>
public sealed record UnansweredQuestion(string Question, int Count, DateTimeOffset LastAsked);
