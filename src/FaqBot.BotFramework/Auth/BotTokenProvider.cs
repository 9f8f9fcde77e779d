using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Auth;

/// <summary>
/// The bot's outbound token (OAuth 2.0 client credentials against Entra ID), cached until five minutes
/// before it expires. Concurrent callers share one request: the refresh runs under a lock and
/// re-checks the cache after waiting. A plain form POST keeps the token endpoint configurable, so
/// tests (and sovereign clouds) can point it elsewhere.
/// </summary>
internal sealed class BotTokenProvider(
    IOptions<BotCredentials> credentials,
    IOptions<BotFrameworkOptions> options,
    IHttpClientFactory httpClientFactory,
    TimeProvider time,
    ILogger<BotTokenProvider> logger) : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? cached;

    /// <summary>The bearer token to attach, or null in anonymous mode.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credentials.Value.IsAnonymous)
        {
            return null;
        }

        if (Fresh(Volatile.Read(ref cached)) is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(cached) is { } again)
            {
                return again;
            }

            var acquired = await RequestAsync(cancellationToken);
            Volatile.Write(ref cached, acquired);
            return acquired.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> after a channel answered 401/403 to it.</summary>
    public void Invalidate(string rejected)
    {
        var current = Volatile.Read(ref cached);
        if (current is not null && current.Value == rejected)
        {
            Interlocked.CompareExchange(ref cached, null, current);
        }
    }

    /// <summary>The token endpoint for the configured app type.</summary>
    public string TokenEndpoint
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.TokenEndpoint))
            {
                return options.Value.TokenEndpoint;
            }

            var tenant = credentials.Value.IsSingleTenant ? credentials.Value.MicrosoftAppTenantId : "botframework.com";
            return $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
        }
    }

    private string? Fresh(CachedToken? token) =>
        token is not null && time.GetUtcNow() < token.ExpiresAt - RefreshMargin ? token.Value : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(BotFrameworkExtensions.TokenHttpClient);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.Value.MicrosoftAppId!,
            ["client_secret"] = credentials.Value.MicrosoftAppPassword ?? "",
            ["scope"] = options.Value.TokenScope,
        });
        using var response = await http.PostAsync(new Uri(TokenEndpoint), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body can name the app id but never the secret; the status is enough to diagnose.
            logger.LogError("Token request to {TokenEndpoint} failed with {StatusCode}", TokenEndpoint, (int)response.StatusCode);
            throw new HttpRequestException($"Token request failed with {(int)response.StatusCode}.", null, response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var root = document.RootElement;
        var value = root.TryGetProperty("access_token", out var at) && at.ValueKind == JsonValueKind.String
            ? at.GetString()!
            : throw new HttpRequestException("Token response has no access_token.");
        var lifetime = root.TryGetProperty("expires_in", out var ei) ? ReadSeconds(ei) ?? 3600 : 3600;
        logger.LogInformation("Acquired bot token valid for {Seconds} s", lifetime);
        return new CachedToken(value, time.GetUtcNow().AddSeconds(lifetime));
    }

    // Entra v1 endpoints send expires_in as a string, v2 as a number.
    private static int? ReadSeconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresAt);

    public void Dispose() => gate.Dispose();
}
