using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// Removes the bot's @mention from a message's text. Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> into the text in
/// group chats and channels, and the mention entity's own text does not always match it verbatim
/// (<c>&lt;at&gt;@Bot&lt;/at&gt;</c>), so this removes the entity text, then any remaining tag around the bot's
/// name, unwraps other people's mentions and decodes Teams' HTML entities.
/// </summary>
internal static partial class MentionRemover
{
    public static string RemoveBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        var botNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(activity.Recipient?.Name))
        {
            botNames.Add(activity.Recipient.Name.Trim());
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null
                || !entity.Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || botId is null || Str(mentioned, "id") != botId)
            {
                continue;
            }

            if (Str(mentioned, "name") is { Length: > 0 } name)
            {
                botNames.Add(name.Trim());
            }

            if (entity.Properties.TryGetValue("text", out var mentionText) && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } literal)
            {
                text = text.Replace(literal, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        var teams = string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase);
        if (teams || botNames.Count > 0)
        {
            text = AtTag().Replace(text, match =>
            {
                var inner = match.Groups["name"].Value.Trim().TrimStart('@').Trim();
                return botNames.Contains(inner) ? " " : inner;
            });
        }

        if (teams)
        {
            text = WebUtility.HtmlDecode(text);
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
