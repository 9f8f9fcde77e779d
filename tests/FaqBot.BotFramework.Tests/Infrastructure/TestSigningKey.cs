using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// An RSA key that signs test tokens and publishes itself as a JWK (with Bot Framework endorsements).
/// Key material is generated once per <c>material</c> name and shared, because RSA generation is slow.
/// </summary>
public sealed class TestSigningKey(string keyId, string? material = null)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RSA> Pool = new();

    private readonly RSA rsa = Pool.GetOrAdd(material ?? keyId, _ => RSA.Create(2048));

    public string KeyId { get; } = keyId;

    public JsonObject ToJwk(params string[] endorsements)
    {
        var parameters = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    /// <summary>A compact JWS over <paramref name="payload"/>; the header can be overridden to forge tokens.</summary>
    public string Sign(JsonObject payload, JsonObject? header = null)
    {
        header ??= new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var input = Encode(header) + "." + Encode(payload);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    public static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));
}

/// <summary>Claims sets for the token shapes the bot must accept or refuse.</summary>
public static class TestClaims
{
    public const string AppId = "6a3c1e52-9a8e-4d43-a4a3-1f2b7c9d0e11";

    public static JsonObject Channel(string serviceUrl, string? audience = AppId, string issuer = "https://api.botframework.com", TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["iss"] = issuer,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
            ["serviceurl"] = serviceUrl,
        };
        if (audience is not null)
        {
            claims["aud"] = audience;
        }

        return claims;
    }

    /// <summary>An Entra token as the Emulator obtains it (v1 uses appid, v2 azp).</summary>
    public static JsonObject Emulator(string version, string appId = AppId)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["iss"] = version == "2.0"
                ? "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0"
                : "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            ["aud"] = AppId,
            ["ver"] = version,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return claims;
    }
}
