using FaqBot.Answers.Feedback;

namespace FaqBot.BotFramework.Turns;

/// <summary>An answer as feedback needs it: the question and the article sections quoted.</summary>
public sealed record RecentAnswer(string Question, IReadOnlyList<FeedbackSource> Sources);
