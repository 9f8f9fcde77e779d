using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// One conversation's activity log: append-only with a monotonically increasing index (the
/// watermark), trimmed from the front to stay within the configured count and byte limits.
/// Thread-safe; readers wait for appends through <see cref="WaitForAppendAsync"/>.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The token source has no timer to release, and open streams keep reading its token after expiry.")]
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<(Activity Activity, int Bytes)> _log = new();
    private readonly int _maxActivities;
    private readonly int _maxBytes;
    private readonly CancellationTokenSource _ended = new();
    private long _firstIndex;
    private int _bytes;
    private DateTimeOffset _lastTimestamp;
    private TaskCompletionSource _appended = NewSignal();
    private Task _turns = Task.CompletedTask;
    private object? _stream;
    private long _rateWindow;
    private bool _userAnnounced;
    private int _postsInWindow;

    public DirectLineConversation(string id, string? userId, DateTimeOffset now, int maxActivities, int maxBytes)
    {
        Id = id;
        UserId = userId;
        LastActive = now;
        _maxActivities = maxActivities;
        _maxBytes = maxBytes;
    }

    public string Id { get; }

    /// <summary>The user's id once known (from the token, the start request or the first post).</summary>
    public string? UserId { get; private set; }


    public DateTimeOffset LastActive { get; private set; }

    /// <summary>Cancelled when the conversation expires, which closes its WebSocket.</summary>
    public CancellationToken Ended => _ended.Token;

    /// <summary>The watermark a client holding every activity so far would have.</summary>
    public long NextIndex
    {
        get { lock (_gate) { return _firstIndex + _log.Count; } }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate) { LastActive = now; }
    }

    /// <summary>Records the user id if none is known yet; returns the id in force.</summary>
    public string? AdoptUser(string? userId)
    {
        lock (_gate)
        {
            UserId ??= userId;
            return UserId;
        }
    }

    /// <summary>
    /// True exactly once, for whoever first tells the bot the user joined (it welcomes them then),
    /// so two racing posts cannot make it welcome twice.
    /// </summary>
    public bool TryMarkUserAnnounced()
    {
        lock (_gate)
        {
            if (_userAnnounced || UserId is null)
            {
                return false;
            }

            _userAnnounced = true;
            return true;
        }
    }

    /// <summary>
    /// Stamps the next id and a timestamp at least 1 ms later than the previous one (Web Chat orders
    /// by timestamp, parsed at millisecond precision), appends, trims and wakes readers. <paramref name="stamp"/> builds the stored copy.
    /// </summary>
    public Activity Append(Func<string, DateTimeOffset, Activity> stamp, DateTimeOffset now)
    {
        TaskCompletionSource appended;
        Activity stored;
        lock (_gate)
        {
            var index = _firstIndex + _log.Count;
            var timestamp = now >= _lastTimestamp.AddMilliseconds(1) ? now : _lastTimestamp.AddMilliseconds(1);
            _lastTimestamp = timestamp;
            stored = stamp($"{Id}|{index.ToString("D7", CultureInfo.InvariantCulture)}", timestamp);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(stored, BotJson.Options).Length;
            _log.Enqueue((stored, bytes));
            _bytes += bytes;
            while (_log.Count > 1 && (_log.Count > _maxActivities || _bytes > _maxBytes))
            {
                _bytes -= _log.Dequeue().Bytes;
                _firstIndex++;
            }

            LastActive = now;
            appended = _appended;
            _appended = NewSignal();
        }

        appended.TrySetResult();
        return stored;
    }

    /// <summary>Activities from <paramref name="watermark"/> on, and the watermark after them.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) Read(long watermark, bool includeTyping)
    {
        lock (_gate)
        {
            var next = _firstIndex + _log.Count;
            var skip = Math.Max(0, watermark - _firstIndex);
            var activities = _log.Skip((int)Math.Min(skip, _log.Count))
                .Select(entry => entry.Activity)
                .Where(activity => includeTyping || activity.Type != ActivityTypes.Typing)
                .ToList();
            return (activities, next);
        }
    }

    /// <summary>Completes when something is appended after <paramref name="watermark"/>.</summary>
    public Task WaitForAppendAsync(long watermark, CancellationToken cancellationToken)
    {
        Task signal;
        lock (_gate)
        {
            if (_firstIndex + _log.Count > watermark)
            {
                return Task.CompletedTask;
            }

            signal = _appended.Task;
        }

        return signal.WaitAsync(cancellationToken);
    }

    /// <summary>One WebSocket per conversation, as Azure does; a second one is refused.</summary>
    public bool TryAttachStream(object stream)
    {
        lock (_gate)
        {
            if (_stream is not null)
            {
                return false;
            }

            _stream = stream;
            return true;
        }
    }

    public void DetachStream(object stream)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_stream, stream))
            {
                _stream = null;
            }
        }
    }

    /// <summary>Fixed one-minute windows: cheap, and enough to stop one client flooding the bot.</summary>
    public bool TryCountPost(DateTimeOffset now, int maxPerMinute)
    {
        lock (_gate)
        {
            var window = now.ToUnixTimeSeconds() / 60;
            if (window != _rateWindow)
            {
                _rateWindow = window;
                _postsInWindow = 0;
            }

            return ++_postsInWindow <= maxPerMinute;
        }
    }

    /// <summary>Runs turns one after another so replies reach the log in the order users asked.</summary>
    public void EnqueueTurn(Func<Task> turn)
    {
        lock (_gate)
        {
            _turns = _turns.ContinueWith(_ => turn(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Completes when every queued turn has run (tests and shutdown).</summary>
    public Task TurnsCompletion
    {
        get { lock (_gate) { return _turns; } }
    }

    // Not disposed: a CancellationTokenSource without timers holds nothing, and sockets may still read the token.
    public void End() => _ended.Cancel();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
