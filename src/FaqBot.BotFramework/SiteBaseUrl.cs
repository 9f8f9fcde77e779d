using Microsoft.AspNetCore.Http;

namespace FaqBot.BotFramework;

/// <summary>The origin the bot is served from: scheme, host and path base, without a trailing slash.</summary>
internal static class SiteBaseUrl
{
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
