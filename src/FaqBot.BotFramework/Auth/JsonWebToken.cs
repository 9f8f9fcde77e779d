using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace FaqBot.BotFramework.Auth;

/// <summary>
/// A compact JWS split into its parts, with nothing trusted yet. Parsing refuses everything that is
/// not exactly three base64url parts with an RS256 header, so encrypted (JWE, five parts), unsigned
/// (<c>alg: none</c>) and HMAC tokens never reach signature checking.
/// </summary>
internal sealed class JsonWebToken
{
    private JsonWebToken(string keyId, JsonElement payload, byte[] signingInput, byte[] signature)
    {
        KeyId = keyId;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The only algorithm accepted: Bot Framework and Entra ID sign with RS256.</summary>
    public const string Algorithm = "RS256";

    public string KeyId { get; }

    public JsonElement Payload { get; }

    /// <summary>ASCII of <c>header.payload</c>, the bytes the signature covers.</summary>
    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    public static JsonWebToken? TryParse(string token)
    {
        // Bounded so a huge header cannot make us decode megabytes before rejecting it.
        if (token.Length is 0 or > 16 * 1024)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var header = DecodeJson(parts[0]);
        var payload = DecodeJson(parts[1]);
        var signature = Decode(parts[2]);
        if (header is not { ValueKind: JsonValueKind.Object } h || payload is not { ValueKind: JsonValueKind.Object } p || signature is null)
        {
            return null;
        }

        if (!h.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != Algorithm)
        {
            return null;
        }

        // "crit" names extensions we would have to understand; "zip"/"enc" belong to JWE.
        if (h.TryGetProperty("crit", out _) || h.TryGetProperty("zip", out _) || h.TryGetProperty("enc", out _))
        {
            return null;
        }

        if (!h.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(kid.GetString()))
        {
            return null;
        }

        return new JsonWebToken(kid.GetString()!, p, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature);
    }

    public string? GetString(string claim) =>
        Payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public long? GetNumber(string claim) =>
        Payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    /// <summary><c>aud</c> as a list: the claim may be a string or an array of strings.</summary>
    public IReadOnlyList<string> GetAudiences()
    {
        if (!Payload.TryGetProperty("aud", out var aud))
        {
            return [];
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
            _ => [],
        };
    }

    private static JsonElement? DecodeJson(string part)
    {
        var bytes = Decode(part);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string part)
    {
        if (!Base64Url.IsValid(part))
        {
            return null;
        }

        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
