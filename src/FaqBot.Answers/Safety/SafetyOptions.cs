namespace FaqBot.Answers.Safety;

/// <summary>Urgent-help numbers per locale (configuration section "Safety").</summary>
public sealed class SafetyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Safety";

    /// <summary>The locale whose numbers are used when the user's locale is unknown or not configured.</summary>
    public string DefaultLocale { get; set; } = "en-US";

    /// <summary>Numbers by BCP-47 locale (case-insensitive). Configuration adds to or overrides these defaults.</summary>
    public Dictionary<string, LocaleContacts> Locales { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en-US"] = new()
        {
            EmergencyNumber = "911",
            CrisisLine = "the 988 Suicide & Crisis Lifeline (call or text 988)",
            PoisonControl = "Poison Help at 1-800-222-1222",
        },
        ["en-GB"] = new()
        {
            EmergencyNumber = "999",
            CrisisLine = "Samaritans on 116 123 (free, day or night)",
            UrgentAdvice = "NHS 111",
        },
    };

    /// <summary>The contacts for <paramref name="locale"/>, falling back to <see cref="DefaultLocale"/>.</summary>
    public LocaleContacts ContactsFor(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale) && Locales.TryGetValue(locale.Trim(), out var exact))
        {
            return exact;
        }

        return Locales[DefaultLocale];
    }
}
