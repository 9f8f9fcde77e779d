using System.Text.Json;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// One conversation of <see cref="MemoryDirectLineState"/>: its log, turn cursor and lease, guarded by
/// one lock because every operation is a few list steps.
/// </summary>
internal sealed class MemoryDirectLineConversation(string id, string? userId, DateTimeOffset now, int maxActivities, int maxBytes)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Stored> _log = new();
    private readonly Dictionary<string, (long Watermark, string Id)> _clientIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _clientIdOrder = new();
    private TaskCompletionSource _appended = NewSignal();
    private long _watermark;
    private long _answered;
    private int _bytes;
    private DateTimeOffset _lastTimestamp;
    private DateTimeOffset? _pendingSince;
    private (string Token, DateTimeOffset Until)? _lease;
    private bool _announced;

    public string Id { get; } = id;

    public string? UserId { get; private set; } = userId;

    public DateTimeOffset LastActive { get; private set; } = now;

    public DirectLineConversationRecord Record
    {
        get { lock (_gate) { return new DirectLineConversationRecord(Id, UserId); } }
    }

    public DateTimeOffset? PendingSince
    {
        get { lock (_gate) { return _pendingSince; } }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate) { LastActive = now; }
    }

    public string? AdoptUser(string? userId)
    {
        lock (_gate)
        {
            UserId ??= userId;
            return UserId;
        }
    }

    public bool TryMarkUserAnnounced()
    {
        lock (_gate)
        {
            if (_announced || UserId is null)
            {
                return false;
            }

            _announced = true;
            return true;
        }
    }

    public DirectLineAppendResult Append(DirectLineEntry entry, DateTimeOffset now)
    {
        TaskCompletionSource appended;
        DirectLineAppendResult result;
        lock (_gate)
        {
            if (entry.ClientActivityId is { } clientId && _clientIds.TryGetValue(clientId, out var earlier))
            {
                var stored = _log.FirstOrDefault(s => s.Entry.Watermark == earlier.Watermark);
                return new DirectLineAppendResult(stored?.Entry.Activity, earlier.Id, earlier.Watermark, Duplicate: true);
            }

            result = AppendLocked(entry.Activity, entry.Visible, entry.NeedsTurn, now);
            if (entry.ClientActivityId is { } newId)
            {
                _clientIds[newId] = (result.Watermark, result.Id);
                _clientIdOrder.Enqueue(newId);
                while (_clientIdOrder.Count > maxActivities)
                {
                    _clientIds.Remove(_clientIdOrder.Dequeue());
                }
            }

            appended = SwapSignal();
        }

        appended.TrySetResult();
        return result;
    }

    public DirectLineActivityPage Read(long watermark)
    {
        lock (_gate)
        {
            var activities = _log.Where(s => s.Visible && s.Entry.Watermark > watermark).Select(s => s.Entry.Activity).ToList();
            return new DirectLineActivityPage(activities, _watermark);
        }
    }

    public Task WaitForAppendAsync(long watermark, CancellationToken cancellationToken)
    {
        Task signal;
        lock (_gate)
        {
            if (_watermark > watermark)
            {
                return Task.CompletedTask;
            }

            signal = _appended.Task;
        }

        return signal.WaitAsync(cancellationToken);
    }

    public string? TryLease(TimeSpan duration, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_lease is { } held && held.Until > now)
            {
                return null;
            }

            var token = Guid.NewGuid().ToString("N");
            _lease = (token, now + duration);
            return token;
        }
    }

    public void Release(string lease)
    {
        lock (_gate)
        {
            if (_lease?.Token == lease)
            {
                _lease = null;
            }
        }
    }

    public IReadOnlyList<DirectLineLogEntry> Pending()
    {
        lock (_gate)
        {
            return _log.Where(s => s.NeedsTurn && s.Entry.Watermark > _answered).Select(s => s.Entry).ToList();
        }
    }

    public bool Complete(string lease, long turnWatermark, IReadOnlyList<Activity> replies, DateTimeOffset now)
    {
        TaskCompletionSource appended;
        lock (_gate)
        {
            if (_lease is not { } held || held.Token != lease || held.Until <= now)
            {
                return false;
            }

            foreach (var reply in replies)
            {
                AppendLocked(reply, visible: true, needsTurn: false, now);
            }

            _answered = Math.Max(_answered, turnWatermark);
            _pendingSince = _log.Any(s => s.NeedsTurn && s.Entry.Watermark > _answered) ? now : null;
            appended = SwapSignal();
        }

        appended.TrySetResult();
        return true;
    }

    private DirectLineAppendResult AppendLocked(Activity activity, bool visible, bool needsTurn, DateTimeOffset now)
    {
        var watermark = ++_watermark;
        var timestamp = now >= _lastTimestamp.AddMilliseconds(1) ? now : _lastTimestamp.AddMilliseconds(1);
        _lastTimestamp = timestamp;
        var id = DirectLineActivityIds.For(Id, watermark);
        var stored = activity with { Id = id, Timestamp = timestamp };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(stored, BotJson.Options).Length;
        _log.AddLast(new Stored(new DirectLineLogEntry(watermark, stored), visible, needsTurn, bytes));
        _bytes += bytes;
        while (_log.Count > 1 && (_log.Count > maxActivities || _bytes > maxBytes))
        {
            _bytes -= _log.First!.Value.Bytes;
            _log.RemoveFirst();
        }

        if (needsTurn)
        {
            _pendingSince ??= now;
        }

        LastActive = now;
        return new DirectLineAppendResult(stored, id, watermark, Duplicate: false);
    }

    private TaskCompletionSource SwapSignal()
    {
        var previous = _appended;
        _appended = NewSignal();
        return previous;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record Stored(DirectLineLogEntry Entry, bool Visible, bool NeedsTurn, int Bytes);
}
