using System.ComponentModel.DataAnnotations;

namespace FaqBot.WebChat;

/// <summary>The chat page (section <c>WebChat</c>): what it says, who may embed it, which Direct Line it talks to.</summary>
internal sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Shown in the header and as the page title.</summary>
    [Required]
    public string BotName { get; set; } = "FaqBot";

    /// <summary>One line under the name saying what the bot answers.</summary>
    [Required]
    public string Tagline { get; set; } = "Answers questions about medicines and health conditions with quotes from curated articles.";

    /// <summary>The disclaimer shown under the chat. Empty: the answers' own <c>Answers:Disclaimer</c>.</summary>
    public string? Disclaimer { get; set; }

    /// <summary>Origins (scheme://host[:port]) allowed to frame the page and to fetch tokens from another site.</summary>
    public IList<string> EmbedOrigins { get; } = [];

    /// <summary>
    /// Direct Line the page talks to, e.g. <c>https://directline.botframework.com/v3/directline</c>.
    /// Empty: this process's own <c>/v3/directline</c>.
    /// </summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>Secret for <see cref="DirectLineDomain"/>, exchanged server-side for tokens; never sent to browsers.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>WebSocket (true) or polling (false); a page URL can override it with <c>?webSocket=false</c>.</summary>
    public bool WebSocket { get; set; } = true;
}
