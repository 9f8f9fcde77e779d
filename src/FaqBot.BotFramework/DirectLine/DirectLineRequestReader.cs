using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Reads the caller's credential and size-limited JSON bodies, answering Direct Line errors.</summary>
internal static class DirectLineRequestReader
{
    /// <summary>Resolves <c>Authorization: Bearer</c> into a caller, or the error to answer.</summary>
    public static (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request, DirectLineTokenService tokens)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return (null, DirectLineErrors.Unauthorized("Missing Authorization: Bearer <secret or token>."));
        }

        var credential = header[7..].Trim();
        if (tokens.IsSecret(credential))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var (result, claims) = tokens.Validate(credential, DirectLineTokenKind.Conversation);
        return result switch
        {
            DirectLineTokenValidation.Valid => (new DirectLineCaller(false, claims), null),
            DirectLineTokenValidation.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Unauthorized("The token or secret is not valid.")),
        };
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes of JSON. An empty body yields a null document
    /// (optional bodies); anything but an object is refused.
    /// </summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadJsonAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (await BodyReader.ReadAsync(request, limit, cancellationToken) is not { } bytes)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }

        if (bytes.Length == 0)
        {
            return (null, null);
        }

        try
        {
            var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return (null, DirectLineErrors.BadSyntax("The body must be a JSON object."));
            }

            return (document, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadSyntax("The body is not valid JSON."));
        }
    }

    /// <summary>The <c>user.id</c> of a start or generate body, if any; ids are capped to stop abuse.</summary>
    public static (string? UserId, IResult? Error) ReadUserId(JsonDocument? body)
    {
        if (body is null || !body.RootElement.TryGetProperty("user", out var user) || user.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (user.ValueKind != JsonValueKind.Object)
        {
            return (null, DirectLineErrors.BadArgument("user must be an object."));
        }

        if (!user.TryGetProperty("id", out var id) || id.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (null, null);
        }

        var value = id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return string.IsNullOrWhiteSpace(value) || value.Length > 256
            ? (null, DirectLineErrors.BadArgument("user.id must be a non-empty string of at most 256 characters."))
            : (value, null);
    }

    /// <summary>A string property of the body, or null.</summary>
    public static string? ReadString(JsonDocument? body, string name) =>
        body is not null && body.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
