namespace FaqBot.Answers.Feedback;

/// <summary>One article section an answer quoted.</summary>
/// <param name="ArticleId">The article id (path under the knowledge folder).</param>
/// <param name="Section">The section heading as written, empty for the lead section.</param>
public sealed record FeedbackSource(string ArticleId, string Section);
