namespace FaqBot.BotFramework.Rendering;

/// <summary>Where an answer is going and what it answers.</summary>
/// <param name="ChannelId">The channel the reply goes to.</param>
/// <param name="Question">The question answered (carried in feedback buttons); null for welcomes.</param>
/// <param name="BaseUrl">Origin that makes site-relative excerpt links absolute; null keeps them relative.</param>
internal sealed record RenderContext(string? ChannelId, string? Question, string? BaseUrl)
{
    /// <summary>Makes a site-relative link absolute against <see cref="BaseUrl"/>.</summary>
    public string ResolveLink(string link)
    {
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return link;
        }

        return BaseUrl is null ? link : BaseUrl.TrimEnd('/') + "/" + link.TrimStart('/');
    }
}
