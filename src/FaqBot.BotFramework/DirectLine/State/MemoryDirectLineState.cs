using System.Collections.Concurrent;
using FaqBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// Direct Line conversations in this process's memory (one instance): the registry, each
/// conversation's log and its turn queue. Bounded in number (<c>DirectLine:MaxConversations</c>) and
/// dropped after being idle, so memory stays flat however many clients come and go.
/// </summary>
public sealed class MemoryDirectLineState(IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore, IDirectLineActivityLog, IDirectLineTurnQueue
{
    private readonly ConcurrentDictionary<string, MemoryDirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly DirectLineOptions _options = options.Value;

    /// <inheritdoc />
    public ValueTask<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Record);

    /// <inheritdoc />
    public ValueTask<(DirectLineConversationRecord? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        if (Live(conversationId) is { } existing)
        {
            return ValueTask.FromResult<(DirectLineConversationRecord?, bool)>((existing.Record, false));
        }

        // Creation is serialized so the count check and the insert cannot race past the limit.
        lock (_createGate)
        {
            if (Live(conversationId) is { } raced)
            {
                return ValueTask.FromResult<(DirectLineConversationRecord?, bool)>((raced.Record, false));
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                Sweep();
                if (_conversations.Count >= _options.MaxConversations)
                {
                    return ValueTask.FromResult<(DirectLineConversationRecord?, bool)>((null, false));
                }
            }

            var created = new MemoryDirectLineConversation(
                conversationId, userId, time.GetUtcNow(), _options.MaxActivitiesPerConversation, _options.MaxConversationBytes);
            _conversations[conversationId] = created;
            return ValueTask.FromResult<(DirectLineConversationRecord?, bool)>((created.Record, true));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TouchAsync(string conversationId, CancellationToken cancellationToken)
    {
        var conversation = Live(conversationId);
        conversation?.Touch(time.GetUtcNow());
        return ValueTask.FromResult(conversation is not null);
    }

    /// <inheritdoc />
    public ValueTask<string?> AdoptUserAsync(string conversationId, string? userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId) is { } conversation ? conversation.AdoptUser(userId) : userId);

    /// <inheritdoc />
    public ValueTask<bool> TryMarkUserAnnouncedAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.TryMarkUserAnnounced() ?? false);

    /// <inheritdoc />
    public ValueTask<long> CountAsync(CancellationToken cancellationToken) => ValueTask.FromResult((long)_conversations.Count);

    /// <inheritdoc />
    public ValueTask<long> SweepAsync(CancellationToken cancellationToken) => ValueTask.FromResult((long)Sweep());

    /// <inheritdoc />
    public ValueTask<DirectLineAppendResult?> AppendAsync(string conversationId, DirectLineEntry entry, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Append(entry, time.GetUtcNow()));

    /// <inheritdoc />
    public ValueTask<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Read(watermark) ?? new DirectLineActivityPage([], watermark));

    /// <inheritdoc />
    public Task WaitForAppendAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _conversations.TryGetValue(conversationId, out var conversation)
            ? conversation.WaitForAppendAsync(watermark, cancellationToken)
            : Task.Delay(Timeout.Infinite, cancellationToken);

    /// <inheritdoc />
    public ValueTask<string?> TryLeaseAsync(string conversationId, TimeSpan duration, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.TryLease(duration, time.GetUtcNow()));

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string conversationId, string lease, CancellationToken cancellationToken)
    {
        Live(conversationId)?.Release(lease);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DirectLineLogEntry>> PendingAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Pending() ?? []);

    /// <inheritdoc />
    public ValueTask<bool> CompleteAsync(string conversationId, string lease, long turnWatermark, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Live(conversationId)?.Complete(lease, turnWatermark, replies, time.GetUtcNow()) ?? false);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> StalledAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - olderThan;
        IReadOnlyList<string> stalled = [.. _conversations.Values.Where(c => c.PendingSince < before).Select(c => c.Id)];
        return ValueTask.FromResult(stalled);
    }

    private MemoryDirectLineConversation? Live(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation, time.GetUtcNow()))
        {
            _conversations.TryRemove(new KeyValuePair<string, MemoryDirectLineConversation>(conversation.Id, conversation));
            return null;
        }

        return conversation;
    }

    private int Sweep()
    {
        var now = time.GetUtcNow();
        return _conversations.Values.Count(conversation =>
            IsIdle(conversation, now) && _conversations.TryRemove(new KeyValuePair<string, MemoryDirectLineConversation>(conversation.Id, conversation)));
    }

    private bool IsIdle(MemoryDirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive >= _options.ConversationIdleTimeout;
}
