namespace FaqBot.BotFramework;

/// <summary>Bot Framework channel settings (configuration section "BotFramework"); defaults suit production.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>Largest accepted <c>/api/messages</c> body; larger requests get 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Public origin used to make excerpt links absolute (e.g. <c>https://faq.example.org</c>).
    /// Empty: the origin of the request being answered.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// serviceUrl prefixes the bot may reply to when no token vouches for the serviceUrl (anonymous
    /// mode and Emulator tokens). Loopback URLs are always allowed there.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>OpenID metadata of the Bot Connector service (channel tokens).</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra ID (tokens the Emulator obtains with the bot's credentials).</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Exact issuer of channel tokens (no trailing slash).</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Allowed clock difference for <c>exp</c>/<c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched OpenID metadata and keys are reused (the auth doc asks for at least daily refresh).</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Minimum time between refreshes caused by an unknown key id (stops key-id flooding).</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Token endpoint for outbound tokens; empty: derived from MicrosoftAppType and MicrosoftAppTenantId.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Scope of outbound tokens.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Attempts per reply, the first included (429 and 5xx are retried).</summary>
    public int ReplyMaxAttempts { get; set; } = 3;

    /// <summary>First retry delay when the channel sends no Retry-After; doubles per attempt, ±20 % jitter.</summary>
    public TimeSpan ReplyRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on the time spent delivering one reply, retries included.</summary>
    public TimeSpan ReplyRetryBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of each outbound HTTP call (replies, tokens, metadata).</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
