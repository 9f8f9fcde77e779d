using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Safety;

/// <summary>Start-up validation: every configured locale must be able to give an emergency number.</summary>
public sealed class SafetyOptionsValidator : IValidateOptions<SafetyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SafetyOptions options)
    {
        var errors = new List<string>();
        if (options.Locales.Count == 0)
        {
            errors.Add("Safety:Locales must configure at least one locale.");
        }
        else if (string.IsNullOrWhiteSpace(options.DefaultLocale) || !options.Locales.ContainsKey(options.DefaultLocale))
        {
            errors.Add($"Safety:DefaultLocale '{options.DefaultLocale}' is not one of Safety:Locales ({string.Join(", ", options.Locales.Keys)}).");
        }

        foreach (var (locale, contacts) in options.Locales)
        {
            if (contacts is null || string.IsNullOrWhiteSpace(contacts.EmergencyNumber))
            {
                errors.Add($"Safety:Locales:{locale}:EmergencyNumber is required.");
            }

            if (contacts is not null && string.IsNullOrWhiteSpace(contacts.CrisisLine))
            {
                errors.Add($"Safety:Locales:{locale}:CrisisLine is required.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
