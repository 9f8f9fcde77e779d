using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FaqBot.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's backend half. It hands the browser a Direct Line token
/// for a fresh conversation, bound to a random user id so nobody can post as someone else. Against
/// our own Direct Line the token is issued in-process; against Azure's, the configured secret is
/// exchanged server-side and never reaches the browser.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, IssueAsync);

    private static async Task<IResult> IssueAsync(
        HttpContext context,
        IOptions<WebChatOptions> options,
        DirectLineTokenService tokens,
        IHttpClientFactory httpClients,
        ILoggerFactory loggers)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && options.Value.EmbedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin;
            context.Response.Headers.Vary = "Origin";
        }

        context.Response.Headers.CacheControl = "no-store";
        WebChatSecurityHeaders.AddCommon(context.Response);

        // "dl_" is the prefix Azure reserves for ids that come from a token, so clients cannot forge them.
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var domain = options.Value.DirectLineDomain;
        if (string.IsNullOrEmpty(domain))
        {
            var grant = tokens.GenerateToken(userId);
            return Results.Ok(new { grant.ConversationId, grant.Token, expires_in = grant.ExpiresIn, userId });
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, domain.TrimEnd('/') + "/tokens/generate")
            {
                Content = JsonContent.Create(new { user = new { id = userId } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);
            using var response = await httpClients.CreateClient(nameof(WebChatTokenEndpoint)).SendAsync(request, context.RequestAborted);
            response.EnsureSuccessStatusCode();
            var grant = await response.Content.ReadFromJsonAsync<JsonElement>(context.RequestAborted);
            return Results.Ok(new
            {
                conversationId = grant.GetProperty("conversationId").GetString(),
                token = grant.GetProperty("token").GetString(),
                expires_in = grant.GetProperty("expires_in").GetInt32(),
                userId,
                domain,
            });
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            loggers.CreateLogger(typeof(WebChatTokenEndpoint)).LogError(exception, "Getting a token from Direct Line at {Domain} failed", domain);
            return Results.Problem("The chat service is unavailable.", statusCode: StatusCodes.Status502BadGateway);
        }
    }
}
