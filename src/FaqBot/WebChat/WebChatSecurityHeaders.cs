using System.Security.Cryptography;

namespace FaqBot.WebChat;

/// <summary>
/// Security headers for the chat page and its files. The page's Content-Security-Policy allows
/// scripts and styles only from this origin or with the response's nonce (Web Chat puts the nonce
/// on the style elements it creates), and framing only by the configured embed origins.
/// </summary>
internal static class WebChatSecurityHeaders
{
    // Web Chat 4.18 inserts one empty <style> element without the nonce; this is the hash of "".
    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>Headers every response of ours carries.</summary>
    public static void AddCommon(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
    }

    /// <summary>Headers of the HTML page itself.</summary>
    public static void AddPage(HttpResponse response, WebChatOptions options, string nonce, string? externalDirectLine)
    {
        AddCommon(response);
        var headers = response.Headers;
        var ancestors = string.Join(' ', options.EmbedOrigins.Select(origin => origin.TrimEnd('/')).Prepend("'self'"));

        // WebSocket URLs are listed explicitly: older browsers do not count ws: as 'self'.
        var request = response.HttpContext.Request;
        var webSocketSelf = (request.IsHttps ? "wss://" : "ws://") + request.Host;
        var connect = externalDirectLine is null
            ? $"'self' {webSocketSelf}"
            : $"'self' {webSocketSelf} {externalDirectLine} wss://{new Uri(externalDirectLine).Authority}";

        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            $"script-src 'self' 'nonce-{nonce}'",
            $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            $"connect-src {connect}",
            $"frame-ancestors {ancestors}",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'");
        if (options.EmbedOrigins.Count == 0)
        {
            // For browsers that predate frame-ancestors.
            headers.XFrameOptions = "SAMEORIGIN";
        }

        // The nonce is per response, so the page must never be served from a cache.
        headers.CacheControl = "no-store";
    }
}
