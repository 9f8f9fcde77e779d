using FaqBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Auth;

/// <summary>
/// Decides whether an inbound <c>/api/messages</c> request may run, following the Bot Framework's
/// decision tree: anonymous when no app id is configured; otherwise a channel token (Bot Connector
/// keys, exact issuer, audience, lifetime, endorsements, serviceurl claim) or an Emulator token
/// (Entra keys, known issuers, appid/azp by token version).
/// </summary>
internal sealed class BotAuthenticator : IDisposable
{
    // Tenants whose tokens the Emulator obtains (botframework.com and the Microsoft services tenant).
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    private readonly BotCredentials credentials;
    private readonly BotFrameworkOptions options;
    private readonly TimeProvider time;
    private readonly OpenIdKeySource channelKeys;
    private readonly OpenIdKeySource emulatorKeys;
    private readonly HashSet<string> emulatorIssuers;

    public BotAuthenticator(
        IOptions<BotCredentials> credentials,
        IOptions<BotFrameworkOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<BotAuthenticator> logger)
    {
        this.credentials = credentials.Value;
        this.options = options.Value;
        this.time = time;
        var http = httpClientFactory.CreateClient(BotFrameworkExtensions.OpenIdHttpClient);
        channelKeys = new OpenIdKeySource(this.options.ChannelOpenIdMetadataUrl, http, this.options, time, logger);
        emulatorKeys = new OpenIdKeySource(this.options.EmulatorOpenIdMetadataUrl, http, this.options, time, logger);

        // A single-tenant bot's own tenant may issue Emulator tokens too; other tenants may not.
        emulatorIssuers = new HashSet<string>(EmulatorIssuers, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(this.credentials.MicrosoftAppTenantId))
        {
            emulatorIssuers.Add($"https://sts.windows.net/{this.credentials.MicrosoftAppTenantId}/");
            emulatorIssuers.Add($"https://login.microsoftonline.com/{this.credentials.MicrosoftAppTenantId}/v2.0");
        }
    }

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (credentials.IsAnonymous)
        {
            // Emulator and bot must agree: a token sent to a bot without an app id cannot be checked.
            return authorization is null
                ? new AuthenticationResult(true, false, null)
                : AuthenticationResult.Fail("token sent to a bot without MicrosoftAppId");
        }

        if (authorization is null)
        {
            return AuthenticationResult.Fail("no Authorization header");
        }

        var parts = authorization.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("Authorization is not a bearer token");
        }

        var token = JsonWebToken.TryParse(parts[1]);
        if (token is null)
        {
            return AuthenticationResult.Fail("not a three-part RS256 JWS with a key id");
        }

        var issuer = token.GetString("iss");
        if (string.Equals(issuer, options.ChannelIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(token, activity, cancellationToken);
        }

        if (issuer is not null && emulatorIssuers.Contains(issuer))
        {
            return await ValidateEmulatorTokenAsync(token, cancellationToken);
        }

        return AuthenticationResult.Fail("unknown issuer");
    }

    private async Task<AuthenticationResult> ValidateChannelTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var key = await channelKeys.GetKeyAsync(token.KeyId, cancellationToken);
        if (CheckSignatureAndClaims(token, key) is { } failure)
        {
            return AuthenticationResult.Fail(failure);
        }

        // Keys of the Bot Connector service list the channels they may speak for.
        if (key!.Endorsements is null || activity.ChannelId is null
            || !key.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("signing key does not endorse the activity's channel");
        }

        // Without this check serviceUrl would be an SSRF and token-exfiltration vector.
        var serviceUrlClaim = token.GetString("serviceurl");
        if (serviceUrlClaim is null || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }

        return new AuthenticationResult(true, true, null);
    }

    private async Task<AuthenticationResult> ValidateEmulatorTokenAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var key = await emulatorKeys.GetKeyAsync(token.KeyId, cancellationToken);
        if (CheckSignatureAndClaims(token, key) is { } failure)
        {
            return AuthenticationResult.Fail(failure);
        }

        var appId = token.GetString("ver") switch
        {
            null or "1.0" => token.GetString("appid"),
            "2.0" => token.GetString("azp"),
            _ => null,
        };
        return string.Equals(appId, credentials.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? new AuthenticationResult(true, false, null)
            : AuthenticationResult.Fail("Emulator token for another app or of an unknown version");
    }

    /// <summary>Signature, audience and lifetime: common to both paths. Returns the failure or null.</summary>
    private string? CheckSignatureAndClaims(JsonWebToken token, SigningKey? key)
    {
        if (key is null)
        {
            return "unknown signing key";
        }

        if (!key.Verify(token.SigningInput, token.Signature))
        {
            return "bad signature";
        }

        if (!token.GetAudiences().Contains(credentials.MicrosoftAppId!, StringComparer.OrdinalIgnoreCase))
        {
            return "audience is not this bot";
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)options.ClockSkew.TotalSeconds;
        if (token.GetNumber("exp") is not { } exp || now > exp + skew)
        {
            return "token expired or has no expiry";
        }

        if (token.GetNumber("nbf") is { } nbf && now + skew < nbf)
        {
            return "token not yet valid";
        }

        return null;
    }

    public void Dispose()
    {
        channelKeys.Dispose();
        emulatorKeys.Dispose();
    }
}
