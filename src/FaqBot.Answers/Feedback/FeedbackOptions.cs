namespace FaqBot.Answers.Feedback;

/// <summary>Where feedback and unanswered questions are logged (configuration section "Feedback").</summary>
public sealed class FeedbackOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Feedback";

    /// <summary>JSON Lines file for 👍/👎 ratings; relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "data/feedback.jsonl";

    /// <summary>JSON Lines file for questions that got no answer or a low-confidence one.</summary>
    public string UnansweredPath { get; set; } = "data/unanswered.jsonl";
}
