using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Start-up validation of the "Search" section: a value the engine cannot rank with (a negative K1,
/// B above 1, NaN) stops start-up naming its key, instead of failing every question later.
/// </summary>
public sealed class SearchSettingsValidator : IValidateOptions<SearchSettings>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SearchSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.ToEngineOptions().Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"{SearchSettings.SectionName}:{problem}"));
    }
}
