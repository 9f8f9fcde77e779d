namespace FaqBot.Answers;

/// <summary>How answers are composed (configuration section "Answers"). Defaults are the calibrated values.</summary>
public sealed class AnswersOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Answers";

    /// <summary>The consult-your-doctor text added to every reply with health content or a no-answer.</summary>
    public string Disclaimer { get; set; } =
        "This is general information from published articles, not medical advice. Always consult your doctor or pharmacist about your own situation.";

    /// <summary>Most excerpts in one reply.</summary>
    public int MaxExcerpts { get; set; } = 3;

    /// <summary>Longest excerpt in characters (whole sentences up to this length).</summary>
    public int ExcerptMaxLength { get; set; } = 320;

    /// <summary>How many passages retrieval considers per question.</summary>
    public int CandidatePassages { get; set; } = 40;

    /// <summary>
    /// Share (0..1) of the question's distinctive words, weighted by rarity, that a passage must match
    /// to be quoted as an answer.
    /// </summary>
    public double AnswerThreshold { get; set; } = 0.45;

    /// <summary>
    /// How strongly coverage re-weights the search score when ranking (0 = search order, 1 = score times coverage).
    /// </summary>
    public double CoverageRankWeight { get; set; } = 0.9;

    /// <summary>Power of coverage in that re-weighting; above 1 separates "answers all of it" from "most of it" more.</summary>
    public double CoverageRankPower { get; set; } = 2;

    /// <summary>
    /// Share of a passage's coverage taken from its article (the words any of the article's retrieved
    /// passages match); the rest comes from the passage alone.
    /// </summary>
    public double ArticleCoverageWeight { get; set; }

    /// <summary>
    /// Power of idf used as a word's weight in coverage. Above 1 makes rare words (and words the
    /// articles never use, such as another drug's name) dominate, so missing the question's subject
    /// costs more than missing a common word.
    /// </summary>
    public double CoverageIdfPower { get; set; } = 1.5;

    /// <summary>
    /// Share of the search score kept for matches of question-shaped words ("how", "should", "take") in
    /// section headings and FAQ questions, which are phrased as questions whatever they are about.
    /// </summary>
    public double QuestionShapeHeadingWeight { get; set; } = 0.2;

    /// <summary>For "what is X?" questions, passages that open by defining X gain this share of the best score.</summary>
    public double DefinitionBoost { get; set; } = 1;

    /// <summary>
    /// Coverage an excerpt needs to follow urgent-help guidance: stricter than <see cref="AnswerThreshold"/>,
    /// because a loosely related passage has no place in an emergency reply.
    /// </summary>
    public double EmergencyExcerptThreshold { get; set; } = 0.75;

    /// <summary>Coverage (0..1) below <see cref="AnswerThreshold"/> from which "did you mean" suggestions are offered.</summary>
    public double SuggestThreshold { get; set; } = 0.2;

    /// <summary>
    /// A passage from an article not yet quoted is preferred when its score is at least this share of the
    /// best score, so articles that disagree are shown side by side.
    /// </summary>
    public double DistinctArticleScoreRatio { get; set; } = 0.25;

    /// <summary>
    /// A word found in at least this share of passages is a topic-wide word (the drug name): it neither
    /// counts towards coverage nor gives a follow-up a topic of its own.
    /// </summary>
    public double UbiquityThreshold { get; set; } = 0.7;

    /// <summary>Most "did you mean" suggestions.</summary>
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>Most article titles listed when the articles don't cover a question.</summary>
    public int MaxTopics { get; set; } = 8;

    /// <summary>
    /// Example questions offered with greetings, help and no-answers; empty means <see cref="DefaultExampleQuestions"/>.
    /// (Empty by default because configuration binding appends to a list instead of replacing it.)
    /// </summary>
    public List<string> ExampleQuestions { get; set; } = [];

    /// <summary>The examples used when none are configured.</summary>
    public static IReadOnlyList<string> DefaultExampleQuestions { get; } =
    [
        "What is baclofen used for?",
        "Can baclofen cause anxiety?",
        "What are the side effects of baclofen?",
    ];

    /// <summary>The configured examples, or the defaults.</summary>
    public IReadOnlyList<string> Examples => ExampleQuestions.Count > 0 ? ExampleQuestions : DefaultExampleQuestions;

    /// <summary>Most conversations whose context is kept (least recently used are forgotten first).</summary>
    public int ContextCapacity { get; set; } = 10_000;

    /// <summary>A conversation's context is forgotten after this long without a message.</summary>
    public TimeSpan ContextIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
