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
