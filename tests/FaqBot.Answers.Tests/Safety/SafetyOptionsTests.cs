using FaqBot.Answers.Safety;

namespace FaqBot.Answers.Tests.Safety;

public sealed class SafetyOptionsTests
{
    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-us", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("fr-FR", "911")]
    [InlineData(null, "911")]
    public void Picks_the_numbers_of_the_locale_or_the_default(string? locale, string number) =>
        Assert.Equal(number, new SafetyOptions().ContactsFor(locale).EmergencyNumber);

    [Fact]
    public void Uses_the_configured_default_locale()
    {
        var options = new SafetyOptions { DefaultLocale = "en-GB" };

        Assert.Equal("999", options.ContactsFor("de-DE").EmergencyNumber);
    }

    [Fact]
    public void Validation_names_a_default_locale_that_is_not_configured()
    {
        var result = new SafetyOptionsValidator().Validate(null, new SafetyOptions { DefaultLocale = "en-AU" });

        Assert.True(result.Failed);
        Assert.Contains("Safety:DefaultLocale 'en-AU'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_requires_an_emergency_number_per_locale()
    {
        var options = new SafetyOptions();
        options.Locales["en-IE"] = new LocaleContacts { CrisisLine = "Samaritans 116 123" };

        var result = new SafetyOptionsValidator().Validate(null, options);

        Assert.Contains("Safety:Locales:en-IE:EmergencyNumber", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_for_an_overdose_gives_emergency_and_poison_numbers_first()
    {
        var lines = EmergencyGuidance.For(EmergencyCategory.Overdose, new SafetyOptions().ContactsFor("en-US"));

        Assert.Contains("911", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("1-800-222-1222", StringComparison.Ordinal));
    }

    [Fact]
    public void Guidance_for_self_harm_gives_the_crisis_line()
    {
        var lines = EmergencyGuidance.For(EmergencyCategory.SelfHarm, new SafetyOptions().ContactsFor("en-GB"));

        Assert.Contains(lines, l => l.Contains("116 123", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("999", StringComparison.Ordinal));
    }
}
