using System.Collections.Concurrent;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// Real clock, but every timer (Task.Delay) is recorded with the delay the code asked for and then
/// fires after a tenth of it, so retry spacing is asserted exactly without slow tests.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            RequestedDelays.Enqueue(dueTime);
            dueTime /= 10;
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }
}
