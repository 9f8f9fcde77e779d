namespace FaqBot.Answers.Feedback;

/// <summary>Helpful and unhelpful ratings of answers that quoted one article.</summary>
public sealed record ArticleFeedback(string ArticleId, int Helpful, int Unhelpful);
