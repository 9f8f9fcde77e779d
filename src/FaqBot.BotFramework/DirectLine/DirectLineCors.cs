using Microsoft.AspNetCore.Http;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// CORS for the Direct Line API, done here rather than with the CORS middleware so the endpoint
/// works whatever the host's pipeline: other sites listed in <c>DirectLine:AllowedOrigins</c> may
/// call it with the headers DLJS sends; same-origin pages always may.
/// </summary>
internal static class DirectLineCors
{
    private const string AllowedMethods = "GET, POST, OPTIONS";

    // What DLJS sends (Authorization, Content-Type, Accept, x-ms-bot-agent) plus the two
    // offline-directline also allows.
    private static readonly HashSet<string> AllowedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "content-type", "accept", "x-ms-bot-agent", "origin", "x-requested-with",
    };

    private static readonly string AllowedHeadersValue = string.Join(", ", AllowedHeaders);

    /// <summary>True for a same-origin request, one without <c>Origin</c>, or a configured origin.</summary>
    public static bool IsAllowedOrigin(HttpRequest request, DirectLineOptions options)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || IsSameOrigin(request, origin))
        {
            return true;
        }

        return options.AllowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Adds <c>Access-Control-Allow-Origin</c> (and nosniff) to an actual, non-preflight response.</summary>
    public static void AddResponseHeaders(HttpContext context, DirectLineOptions options)
    {
        var origin = context.Request.Headers.Origin.ToString();
        context.Response.Headers.Vary = "Origin";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (origin.Length > 0 && IsAllowedOrigin(context.Request, options))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin;
        }
    }

    /// <summary>Answers a preflight: 204 with the grants, or 403 without them so the browser refuses.</summary>
    public static IResult Preflight(HttpContext context, DirectLineOptions options)
    {
        var request = context.Request;
        var method = request.Headers.AccessControlRequestMethod.ToString();
        var headers = request.Headers.AccessControlRequestHeaders.ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        context.Response.Headers.Vary = "Origin";
        if (request.Headers.Origin.Count == 0
            || !IsAllowedOrigin(request, options)
            || method is not ("GET" or "POST")
            || !headers.All(AllowedHeaders.Contains))
        {
            return DirectLineErrors.Forbidden("CORS preflight refused: origin, method or headers not allowed.");
        }

        var response = context.Response.Headers;
        response.AccessControlAllowOrigin = request.Headers.Origin.ToString();
        response.AccessControlAllowMethods = AllowedMethods;
        response.AccessControlAllowHeaders = AllowedHeadersValue;
        response.AccessControlMaxAge = "600";
        return Results.NoContent();
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
