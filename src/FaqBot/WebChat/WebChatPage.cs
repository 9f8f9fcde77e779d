using System.Text.Encodings.Web;
using System.Text.Json;

namespace FaqBot.WebChat;

/// <summary>
/// The HTML of <c>GET /</c>. No inline script: the page's settings travel in a JSON data block
/// (never executed) and the scripts are files carrying the per-response nonce, which Web Chat also
/// puts on the style elements it creates.
/// </summary>
internal static class WebChatPage
{
    // Our own mark: a speech bubble holding a book, drawn for FaqBot.
    public const string AvatarSvg =
        """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="40" height="40" role="img" aria-label="FaqBot"><circle cx="32" cy="32" r="32" fill="#0f6e6e"/><path d="M16 18h32a4 4 0 0 1 4 4v18a4 4 0 0 1-4 4H30l-9 8v-8h-5a4 4 0 0 1-4-4V22a4 4 0 0 1 4-4z" fill="#fff"/><path d="M22 25h8a3 3 0 0 1 3 3v10a3 3 0 0 0-3-2h-8zM42 25h-8a3 3 0 0 0-3 3v10a3 3 0 0 1 3-2h8z" fill="none" stroke="#0f6e6e" stroke-width="2" stroke-linejoin="round"/></svg>""";

    public static string Render(WebChatOptions options, string nonce, string directLineDomain)
    {
        var html = HtmlEncoder.Default;
        var config = JsonSerializer.Serialize(new
        {
            botName = options.BotName,
            domain = directLineDomain,
            webSocket = options.WebSocket,
            tokenUrl = WebChatTokenEndpoint.Path,
            avatarUrl = "/webchat/avatar.svg",
        });
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{html.Encode(options.BotName)}}</title>
            <link rel="icon" href="/webchat/avatar.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/webchat/page.css">
            <script type="application/json" id="faqbot-config">{{config}}</script>
            <script src="/lib/webchat.js" nonce="{{nonce}}" defer></script>
            <script src="/webchat/page.js" nonce="{{nonce}}" defer></script>
            </head>
            <body>
            <header class="faqbot-header">
            <span class="faqbot-avatar">{{AvatarSvg}}</span>
            <div>
            <h1>{{html.Encode(options.BotName)}}</h1>
            <p class="faqbot-tagline">{{html.Encode(options.Tagline)}}</p>
            </div>
            </header>
            <main id="webchat" class="faqbot-chat" aria-label="Chat with {{html.Encode(options.BotName)}}">
            <noscript>The chat needs JavaScript.</noscript>
            <p id="faqbot-status" class="faqbot-status" role="status">Connecting…</p>
            </main>
            <footer class="faqbot-disclaimer" id="faqbot-disclaimer">{{html.Encode(options.Disclaimer!)}}</footer>
            </body>
            </html>
            """;
    }
}
