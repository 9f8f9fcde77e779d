using Microsoft.Extensions.Options;

namespace FaqBot.Answers;

/// <summary>Start-up validation of <see cref="AnswersOptions"/>, naming every bad key at once.</summary>
public sealed class AnswersOptionsValidator : IValidateOptions<AnswersOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AnswersOptions options)
    {
        var errors = new List<string>();
        Require(errors, !string.IsNullOrWhiteSpace(options.Disclaimer), "Answers:Disclaimer must not be empty.");
        Require(errors, options.MaxExcerpts is >= 1 and <= 10, "Answers:MaxExcerpts must be between 1 and 10.");
        Require(errors, options.ExcerptMaxLength is >= 80 and <= 5000, "Answers:ExcerptMaxLength must be between 80 and 5000.");
        Require(errors, options.CandidatePassages >= options.MaxExcerpts && options.CandidatePassages <= 1000,
            "Answers:CandidatePassages must be at least Answers:MaxExcerpts and at most 1000.");
        Require(errors, options.AnswerThreshold is > 0 and <= 1, "Answers:AnswerThreshold must be in (0, 1].");
        Require(errors, options.EmergencyExcerptThreshold >= options.AnswerThreshold && options.EmergencyExcerptThreshold <= 1,
            "Answers:EmergencyExcerptThreshold must be in [Answers:AnswerThreshold, 1].");
        Require(errors, options.SuggestThreshold is > 0 && options.SuggestThreshold <= options.AnswerThreshold,
            "Answers:SuggestThreshold must be in (0, Answers:AnswerThreshold].");
        Require(errors, options.CoverageRankWeight is >= 0 and <= 1, "Answers:CoverageRankWeight must be in [0, 1].");
        Require(errors, options.ArticleCoverageWeight is >= 0 and <= 1, "Answers:ArticleCoverageWeight must be in [0, 1].");
        Require(errors, options.CoverageIdfPower is >= 0 and <= 4, "Answers:CoverageIdfPower must be between 0 and 4.");
        Require(errors, options.CoverageRankPower is >= 0 and <= 8, "Answers:CoverageRankPower must be between 0 and 8.");
        Require(errors, options.QuestionShapeHeadingWeight is >= 0 and <= 1, "Answers:QuestionShapeHeadingWeight must be in [0, 1].");
        Require(errors, options.DefinitionBoost is >= 0 and <= 10, "Answers:DefinitionBoost must be between 0 and 10.");
        Require(errors, options.DistinctArticleScoreRatio is >= 0 and <= 1, "Answers:DistinctArticleScoreRatio must be in [0, 1].");
        Require(errors, options.UbiquityThreshold is > 0 and <= 1, "Answers:UbiquityThreshold must be in (0, 1].");
        Require(errors, options.MaxSuggestions is >= 1 and <= 10, "Answers:MaxSuggestions must be between 1 and 10.");
        Require(errors, options.MaxTopics >= 1, "Answers:MaxTopics must be at least 1.");
        Require(errors, options.ExampleQuestions.TrueForAll(q => !string.IsNullOrWhiteSpace(q)),
            "Answers:ExampleQuestions must not contain empty questions.");
        Require(errors, options.ContextCapacity >= 1, "Answers:ContextCapacity must be at least 1.");
        Require(errors, options.ContextIdleTimeout > TimeSpan.Zero, "Answers:ContextIdleTimeout must be positive (e.g. 00:30:00).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }
}
