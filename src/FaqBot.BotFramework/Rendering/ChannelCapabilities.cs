namespace FaqBot.BotFramework.Rendering;

/// <summary>What each channel renders well; everything unknown gets Markdown text and plain buttons.</summary>
internal static class ChannelCapabilities
{
    public const string Teams = "msteams";

    // Channels whose clients render Adaptive Cards 1.5 (Teams) or 1.6 (Web Chat, used by Direct Line and the Emulator).
    private static readonly HashSet<string> AdaptiveCardChannels =
        new(["msteams", "webchat", "directline", "emulator"], StringComparer.OrdinalIgnoreCase);

    public static bool SupportsAdaptiveCards(string? channelId) => channelId is not null && AdaptiveCardChannels.Contains(channelId);

    /// <summary>Teams may hide suggested actions (channels, or beyond the first three), so it gets card buttons.</summary>
    public static bool IsTeams(string? channelId) => string.Equals(channelId, Teams, StringComparison.OrdinalIgnoreCase);
}
