using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWS (HS256) so Web Chat can read the <c>user</c>
/// claim as Azure's tokens allow, signed with the configured key or a random per-process one.
/// A token opens exactly one conversation and expires; only the signature makes it trusted.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly string Header = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);

    private readonly byte[] _key;
    private readonly byte[]? _secret;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the service from the <c>DirectLine</c> options.</summary>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = string.IsNullOrEmpty(_options.TokenSigningKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(_options.TokenSigningKey);
        _secret = string.IsNullOrEmpty(_options.Secret) ? null : Encoding.UTF8.GetBytes(_options.Secret);
    }

    /// <summary>True when no secret is configured and anyone may generate tokens (local use).</summary>
    public bool IsAnonymous => _secret is null;

    /// <summary>
    /// Issues a token for a new conversation (what <c>POST /tokens/generate</c> does), so a page's
    /// backend can hand the browser a token without ever exposing a secret.
    /// </summary>
    /// <param name="userId">When set, the user every activity posted with this token is attributed to.</param>
    public DirectLineTokenResponse GenerateToken(string? userId) => IssueConversationToken(NewConversationId(), userId);

    internal DirectLineTokenResponse IssueConversationToken(string conversationId, string? userId)
    {
        var token = Issue(conversationId, userId, DirectLineTokenKind.Conversation, _options.TokenLifetime);
        return new DirectLineTokenResponse(conversationId, token, (int)_options.TokenLifetime.TotalSeconds);
    }

    internal string IssueStreamToken(string conversationId) =>
        Issue(conversationId, null, DirectLineTokenKind.Stream, _options.StreamUrlLifetime);

    /// <summary>Fixed-time comparison, so response timing does not leak the secret.</summary>
    internal bool IsSecret(string presented) =>
        _secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret);

    /// <summary>Checks signature, kind and expiry; <see cref="DirectLineTokenValidation.Invalid"/> covers every forgery.</summary>
    internal (DirectLineTokenValidation Result, DirectLineTokenClaims? Claims) Validate(string token, DirectLineTokenKind kind)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 4096 || !string.Equals(parts[0], Header, StringComparison.Ordinal))
        {
            return (DirectLineTokenValidation.Invalid, null);
        }

        var expected = Sign(Encoding.UTF8.GetBytes(parts[0] + "." + parts[1]));
        byte[] presented;
        byte[] payloadBytes;
        try
        {
            presented = Base64Url.DecodeFromChars(parts[2]);
            payloadBytes = Base64Url.DecodeFromChars(parts[1]);
        }
        catch (FormatException)
        {
            return (DirectLineTokenValidation.Invalid, null);
        }

        if (!CryptographicOperations.FixedTimeEquals(presented, expected))
        {
            return (DirectLineTokenValidation.Invalid, null);
        }

        // Signed by us, so the payload is ours; still parsed defensively.
        var payload = JsonSerializer.Deserialize<Payload>(payloadBytes);
        if (payload is null || string.IsNullOrEmpty(payload.Conversation) || payload.Kind != KindName(kind))
        {
            return (DirectLineTokenValidation.Invalid, null);
        }

        var claims = new DirectLineTokenClaims(payload.Conversation, payload.User);
        return _time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt)
            ? (DirectLineTokenValidation.Expired, claims)
            : (DirectLineTokenValidation.Valid, claims);
    }

    /// <summary>128 random bits, base64url: DLJS pastes conversation ids into URLs unescaped.</summary>
    internal static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private string Issue(string conversationId, string? userId, DirectLineTokenKind kind, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var payload = new Payload
        {
            Conversation = conversationId,
            User = userId,
            Kind = KindName(kind),
            IssuedAt = now.ToUnixTimeSeconds(),
            ExpiresAt = now.Add(lifetime).ToUnixTimeSeconds(),
            Nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(8)),
        };
        var signingInput = Header + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return signingInput + "." + Base64Url.EncodeToString(Sign(Encoding.UTF8.GetBytes(signingInput)));
    }

    private byte[] Sign(byte[] data) => HMACSHA256.HashData(_key, data);

    private static string KindName(DirectLineTokenKind kind) => kind == DirectLineTokenKind.Stream ? "stream" : "conversation";

    private sealed class Payload
    {
        [JsonPropertyName("conv")]
        public string Conversation { get; init; } = "";

        // Web Chat reads this claim as the user id, as it does with Azure's tokens.
        [JsonPropertyName("user")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? User { get; init; }

        [JsonPropertyName("kind")]
        public string Kind { get; init; } = "";

        [JsonPropertyName("iat")]
        public long IssuedAt { get; init; }

        [JsonPropertyName("exp")]
        public long ExpiresAt { get; init; }

        // Two tokens issued in the same second for the same conversation still differ.
        [JsonPropertyName("jti")]
        public string Nonce { get; init; } = "";
    }
}
