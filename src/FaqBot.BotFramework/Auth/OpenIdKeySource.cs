using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace FaqBot.BotFramework.Auth;

/// <summary>
/// Fetches an OpenID metadata document and its <c>jwks_uri</c> with plain HttpClient + System.Text.Json,
/// caches the keys for <see cref="BotFrameworkOptions.SigningKeyLifetime"/>, and refetches on an
/// unknown key id at most once per <see cref="BotFrameworkOptions.UnknownKeyRefreshInterval"/>.
/// </summary>
internal sealed class OpenIdKeySource(string metadataUrl, HttpClient http, BotFrameworkOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private KeySet? keys;
    private long lastAttemptTicks = DateTimeOffset.MinValue.UtcTicks;

    public async Task<SigningKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref keys);
        if (snapshot is null || time.GetUtcNow() - snapshot.FetchedAt > options.SigningKeyLifetime)
        {
            snapshot = await RefreshAsync(snapshot, cancellationToken) ?? snapshot;
        }

        if (snapshot is not null && snapshot.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        // Keys roll over without notice; a new kid is the signal to look again, but rate-limited
        // so a stream of tokens with made-up kids cannot turn us into a metadata-fetching loop.
        var lastAttempt = new DateTimeOffset(Interlocked.Read(ref lastAttemptTicks), TimeSpan.Zero);
        if (time.GetUtcNow() - lastAttempt < options.UnknownKeyRefreshInterval)
        {
            return null;
        }

        snapshot = await RefreshAsync(snapshot, cancellationToken);
        return snapshot is not null && snapshot.Keys.TryGetValue(keyId, out key) ? key : null;
    }

    private async Task<KeySet?> RefreshAsync(KeySet? seen, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller refreshed while we waited: use its result.
            var current = Volatile.Read(ref keys);
            if (!ReferenceEquals(current, seen) && current is not null)
            {
                return current;
            }

            Interlocked.Exchange(ref lastAttemptTicks, time.GetUtcNow().UtcTicks);
            try
            {
                var fetched = new KeySet(await FetchAsync(cancellationToken), time.GetUtcNow());
                Volatile.Write(ref keys, fetched);
                logger.LogInformation("Loaded {KeyCount} signing keys from {MetadataUrl}", fetched.Keys.Count, metadataUrl);
                return fetched;
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException
                or FormatException or CryptographicException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not load signing keys from {MetadataUrl}", metadataUrl);
                return current;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString()!
            : throw new InvalidOperationException("OpenID metadata has no jwks_uri.");

        using var jwks = await GetJsonAsync(jwksUri, cancellationToken);
        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (!jwks.RootElement.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("JWKS document has no keys array.");
        }

        foreach (var jwk in list.EnumerateArray())
        {
            if (ParseRsaKey(jwk) is { } key)
            {
                result[key.KeyId] = key;
            }
        }

        return result;
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url, UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"Signing keys must be fetched over HTTPS: {url}");
        }

        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private static SigningKey? ParseRsaKey(JsonElement jwk)
    {
        string? Get(string name) =>
            jwk.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        if (Get("kty") != "RSA" || Get("kid") is not { Length: > 0 } kid || Get("n") is not { } n || Get("e") is not { } e)
        {
            return null;
        }

        // A key published for encryption only must not verify signatures.
        if (Get("use") is { } use && use != "sig")
        {
            return null;
        }

        IReadOnlyList<string>? endorsements = null;
        if (jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            endorsements = list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
        }

        // One malformed key must not take the others down with it.
        try
        {
            var parameters = new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) };
            using var probe = RSA.Create();
            probe.ImportParameters(parameters);
            return new SigningKey(kid, parameters, endorsements);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);

    public void Dispose() => gate.Dispose();
}
