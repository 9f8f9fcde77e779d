using System.Globalization;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>Activity ids as clients see them: <c>{conversationId}|{n:D7}</c>, n counting from 0.</summary>
public static class DirectLineActivityIds
{
    /// <summary>The id of the activity just before <paramref name="watermark"/>.</summary>
    public static string For(string conversationId, long watermark) =>
        $"{conversationId}|{(watermark - 1).ToString("D7", CultureInfo.InvariantCulture)}";
}
