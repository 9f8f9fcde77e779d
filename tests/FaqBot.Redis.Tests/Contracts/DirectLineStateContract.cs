using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;

namespace FaqBot.Redis.Tests.Contracts;

/// <summary>
/// What every Direct Line state implementation must do, run against the in-memory one and the Redis one.
/// "Two instances" are two handles on the same state: for Redis two connections, as two processes have.
/// </summary>
public abstract class DirectLineStateContract
{
    /// <summary>The registry, log and turn queue of one instance.</summary>
    protected sealed record Instance(IDirectLineConversationStore Conversations, IDirectLineActivityLog Log, IDirectLineTurnQueue Turns);

    /// <summary>Two instances sharing one state.</summary>
    protected abstract Task<(Instance First, Instance Second)> StartAsync(Action<DirectLineOptions>? configure = null);

    /// <summary>Lets <paramref name="duration"/> pass (a hand-moved clock, or real time for Redis TTLs).</summary>
    protected abstract Task ElapseAsync(TimeSpan duration);

    private static readonly CancellationToken None = CancellationToken.None;

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "u1" } };

    [Fact]
    public async Task A_conversation_is_created_once_and_found_from_another_instance()
    {
        var (first, second) = await StartAsync();
        var (created, isNew) = await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var (again, isNewAgain) = await second.Conversations.GetOrCreateAsync("c1", "other", None);

        Assert.True(isNew);
        Assert.False(isNewAgain);
        Assert.Equal("u1", again!.UserId);
        Assert.Equal(created, await second.Conversations.FindAsync("c1", None));
        Assert.Null(await second.Conversations.FindAsync("nope", None));
        Assert.Equal(1, await second.Conversations.CountAsync(None));
    }

    [Fact]
    public async Task The_first_user_is_adopted_and_announced_exactly_once()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", null, None);

        Assert.False(await first.Conversations.TryMarkUserAnnouncedAsync("c1", None));
        Assert.Equal("u1", await second.Conversations.AdoptUserAsync("c1", "u1", None));
        Assert.Equal("u1", await first.Conversations.AdoptUserAsync("c1", "u2", None));
        var announced = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).Conversations.TryMarkUserAnnouncedAsync("c1", None).AsTask()));
        Assert.Single(announced, a => a);
    }

    [Fact]
    public async Task Appends_get_rising_ids_timestamps_and_watermarks_and_hidden_entries_are_not_read()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var hidden = await first.Log.AppendAsync("c1", new DirectLineEntry(new Activity { Type = ActivityTypes.ConversationUpdate }, Visible: false, NeedsTurn: true), None);
        var a = await first.Log.AppendAsync("c1", new DirectLineEntry(Message("a"), Visible: true, NeedsTurn: true), None);
        var b = await second.Log.AppendAsync("c1", new DirectLineEntry(Message("b"), Visible: true, NeedsTurn: false), None);

        Assert.Equal([1L, 2L, 3L], [hidden!.Watermark, a!.Watermark, b!.Watermark]);
        Assert.Equal("c1|0000001", a.Id);
        Assert.True(b.Activity!.Timestamp >= a.Activity!.Timestamp!.Value.AddMilliseconds(1));
        var all = await second.Log.ReadAsync("c1", 0, None);
        Assert.Equal(["a", "b"], all.Activities.Select(x => x.Text));
        Assert.Equal(3, all.Watermark);
        Assert.Equal(["c1|0000001", "c1|0000002"], all.Activities.Select(x => x.Id));
        var after = await first.Log.ReadAsync("c1", 2, None);
        Assert.Equal(["b"], after.Activities.Select(x => x.Text));
        var none = await first.Log.ReadAsync("c1", 3, None);
        Assert.Empty(none.Activities);
        Assert.Equal(3, none.Watermark);
    }

    [Fact]
    public async Task A_repeated_client_activity_id_is_stored_once_and_gets_the_first_id_back()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var original = await first.Log.AppendAsync("c1", new DirectLineEntry(Message("hi"), true, true, "client-1"), None);
        var retried = await second.Log.AppendAsync("c1", new DirectLineEntry(Message("hi"), true, true, "client-1"), None);

        Assert.False(original!.Duplicate);
        Assert.True(retried!.Duplicate);
        Assert.Equal(original.Id, retried.Id);
        Assert.Equal("hi", retried.Activity!.Text);
        Assert.Single((await first.Log.ReadAsync("c1", 0, None)).Activities);
        Assert.Single(await first.Turns.PendingAsync("c1", None));
    }

    [Fact]
    public async Task The_log_keeps_its_newest_activities_within_the_count_and_byte_caps()
    {
        var (first, _) = await StartAsync(o => { o.MaxActivitiesPerConversation = 3; o.MaxConversationBytes = 1024; });
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        for (var i = 0; i < 5; i++)
        {
            await first.Log.AppendAsync("c1", new DirectLineEntry(Message($"m{i}"), true, false), None);
        }

        var page = await first.Log.ReadAsync("c1", 0, None);
        Assert.Equal(["m2", "m3", "m4"], page.Activities.Select(a => a.Text));
        Assert.Equal(5, page.Watermark);

        await first.Log.AppendAsync("c1", new DirectLineEntry(Message(new string('x', 1000)), true, false), None);
        var big = await first.Log.ReadAsync("c1", 0, None);
        Assert.Equal(new string('x', 1000), Assert.Single(big.Activities).Text);
        Assert.Equal(6, big.Watermark);
    }

    [Fact]
    public async Task Turns_are_answered_in_order_under_one_lease_and_a_lost_lease_changes_nothing()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var q1 = await first.Log.AppendAsync("c1", new DirectLineEntry(Message("q1"), true, true), None);
        await second.Log.AppendAsync("c1", new DirectLineEntry(Message("q2"), true, true), None);

        var lease = await first.Turns.TryLeaseAsync("c1", TimeSpan.FromSeconds(30), None);
        Assert.NotNull(lease);
        Assert.Null(await second.Turns.TryLeaseAsync("c1", TimeSpan.FromSeconds(30), None));
        var pending = await second.Turns.PendingAsync("c1", None);
        Assert.Equal(["q1", "q2"], pending.Select(p => p.Activity.Text));

        Assert.False(await second.Turns.CompleteAsync("c1", "not-the-lease", q1!.Watermark, [Message("wrong")], None));
        Assert.True(await first.Turns.CompleteAsync("c1", lease!, q1.Watermark, [Message("a1")], None));
        Assert.Equal(["q2"], (await second.Turns.PendingAsync("c1", None)).Select(p => p.Activity.Text));
        Assert.Equal(["q1", "q2", "a1"], (await second.Log.ReadAsync("c1", 0, None)).Activities.Select(a => a.Text));

        await first.Turns.ReleaseAsync("c1", lease!, None);
        Assert.NotNull(await second.Turns.TryLeaseAsync("c1", TimeSpan.FromSeconds(30), None));
    }

    [Fact]
    public async Task A_lease_runs_out_so_another_instance_can_take_over_a_stalled_turn()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var q = await first.Log.AppendAsync("c1", new DirectLineEntry(Message("q"), true, true), None);
        var dead = await first.Turns.TryLeaseAsync("c1", TimeSpan.FromSeconds(1), None);
        Assert.NotNull(dead);

        await ElapseAsync(TimeSpan.FromSeconds(1.5));
        Assert.Contains("c1", await second.Turns.StalledAsync(TimeSpan.FromSeconds(1), None));
        var taken = await second.Turns.TryLeaseAsync("c1", TimeSpan.FromSeconds(30), None);
        Assert.NotNull(taken);
        Assert.False(await first.Turns.CompleteAsync("c1", dead!, q!.Watermark, [Message("late")], None));
        Assert.True(await second.Turns.CompleteAsync("c1", taken!, q.Watermark, [Message("a")], None));
        Assert.Empty(await first.Turns.PendingAsync("c1", None));
        Assert.DoesNotContain("c1", await second.Turns.StalledAsync(TimeSpan.Zero, None));
    }

    [Fact]
    public async Task A_waiting_reader_wakes_when_another_instance_appends()
    {
        var (first, second) = await StartAsync();
        await first.Conversations.GetOrCreateAsync("c1", "u1", None);
        var watermark = (await first.Log.ReadAsync("c1", 0, None)).Watermark;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var woke = first.Log.WaitForAppendAsync("c1", watermark, timeout.Token);
        await second.Log.AppendAsync("c1", new DirectLineEntry(Message("ping"), true, false), None);
        await woke;

        Assert.Equal(["ping"], (await first.Log.ReadAsync("c1", watermark, None)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task An_idle_conversation_expires_unless_touched()
    {
        var (first, second) = await StartAsync(o => o.ConversationIdleTimeout = TimeSpan.FromSeconds(1));
        await first.Conversations.GetOrCreateAsync("kept", "u1", None);
        await first.Conversations.GetOrCreateAsync("idle", "u1", None);

        await ElapseAsync(TimeSpan.FromSeconds(0.6));
        Assert.True(await second.Conversations.TouchAsync("kept", None));
        await ElapseAsync(TimeSpan.FromSeconds(0.6));

        Assert.NotNull(await second.Conversations.FindAsync("kept", None));
        Assert.Null(await second.Conversations.FindAsync("idle", None));
        Assert.False(await second.Conversations.TouchAsync("idle", None));
        Assert.Null(await second.Log.AppendAsync("idle", new DirectLineEntry(Message("late"), true, true), None));
        await first.Conversations.SweepAsync(None);
        Assert.Equal(1, await first.Conversations.CountAsync(None));
    }

    [Fact]
    public async Task No_more_than_the_configured_conversations_are_live()
    {
        var (first, _) = await StartAsync(o => o.MaxConversations = 2);
        await first.Conversations.GetOrCreateAsync("c1", null, None);
        await first.Conversations.GetOrCreateAsync("c2", null, None);

        var (refused, created) = await first.Conversations.GetOrCreateAsync("c3", null, None);

        Assert.Null(refused);
        Assert.False(created);
    }
}
