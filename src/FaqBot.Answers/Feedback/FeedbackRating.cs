namespace FaqBot.Answers.Feedback;

/// <summary>What a user said about an answer.</summary>
public enum FeedbackRating
{
    Helpful,
    Unhelpful,
}
