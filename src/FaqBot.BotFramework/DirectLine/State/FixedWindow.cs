namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>Fixed windows aligned on the Unix epoch, so every instance agrees where a window starts.</summary>
public static class FixedWindow
{
    /// <summary>The start of the window of length <paramref name="window"/> that holds <paramref name="now"/>.</summary>
    public static DateTimeOffset Start(DateTimeOffset now, TimeSpan window)
    {
        var ticks = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return DateTimeOffset.UnixEpoch.AddTicks(ticks - (ticks % window.Ticks));
    }
}
