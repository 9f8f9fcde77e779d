namespace FaqBot.BotFramework.Teams;

/// <summary>What goes into a Teams app package (<c>faqbot teams-package</c>).</summary>
public sealed record TeamsAppPackageOptions
{
    /// <summary>The bot's Microsoft App ID (a GUID); used as the app id and the bot id.</summary>
    public required string AppId { get; init; }

    /// <summary>Short name shown in Teams (at most 30 characters).</summary>
    public string Name { get; init; } = "FAQ Bot";

    /// <summary>Short description (at most 80 characters).</summary>
    public string ShortDescription { get; init; } = "Answers health questions from curated articles.";

    /// <summary>Full description (at most 4000 characters; must differ from the short one).</summary>
    public string FullDescription { get; init; } =
        "FAQ Bot answers questions with verbatim excerpts from curated health articles, links every excerpt to its source and always adds a consult-your-doctor disclaimer. It does not give personal medical advice.";

    /// <summary>App version (semver); bump it on every re-upload.</summary>
    public string Version { get; init; } = "1.0.0";

    public string DeveloperName { get; init; } = "FaqBot";

    /// <summary>https URL of the publisher's site; also the default for privacy and terms pages.</summary>
    public string WebsiteUrl { get; init; } = "https://example.com/faqbot";

    public string? PrivacyUrl { get; init; }

    public string? TermsOfUseUrl { get; init; }

    /// <summary>Accent colour behind the colour icon, <c>#rrggbb</c>.</summary>
    public string AccentColor { get; init; } = "#2E7D74";

    /// <summary>Host names the app may open inside Teams; empty: the host of <see cref="WebsiteUrl"/>.</summary>
    public IReadOnlyList<string> ValidDomains { get; init; } = [];
}
