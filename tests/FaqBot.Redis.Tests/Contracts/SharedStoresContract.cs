using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Turns;

namespace FaqBot.Redis.Tests.Contracts;

/// <summary>
/// What the smaller stores must do, memory and Redis alike: record logs, recent answers, per-client
/// limits and stream claims. Each "second" store is another instance's view of the same state.
/// </summary>
public abstract class SharedStoresContract
{
    protected sealed record Stores(
        IRecordLog<FeedbackRecord> Feedback,
        IRecordLog<UnansweredRecord> Unanswered,
        IRecentAnswers RecentAnswers,
        IDirectLineClientLimits Limits,
        IDirectLineStreamClaims Claims);

    protected abstract Task<(Stores First, Stores Second)> StartAsync();

    protected abstract Task ElapseAsync(TimeSpan duration);

    private static readonly DateTimeOffset Day = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Records_appended_on_two_instances_are_all_read_in_order_and_make_one_report()
    {
        var (first, second) = await StartAsync();
        await first.Feedback.AppendAsync(new FeedbackRecord { Time = Day, Rating = FeedbackRating.Helpful, Sources = [new FeedbackSource("GARD/x", "s")], Channel = "msteams" });
        await second.Feedback.AppendAsync(new FeedbackRecord { Time = Day, Rating = FeedbackRating.Unhelpful, Sources = [new FeedbackSource("GARD/x", "s")] });
        await first.Unanswered.AppendAsync(new UnansweredRecord { Time = Day, Question = "what is zinc", Kind = AnswerKind.NoAnswer });
        await second.Unanswered.AppendAsync(new UnansweredRecord { Time = Day, Question = "What is zinc?", Kind = AnswerKind.LowConfidence });

        var (feedback, skipped) = await second.Feedback.ReadAllAsync();
        var report = await FeedbackReport.LoadAsync(first.Feedback, first.Unanswered);

        Assert.Equal([FeedbackRating.Helpful, FeedbackRating.Unhelpful], feedback.Select(r => r.Rating));
        Assert.Equal("msteams", feedback[0].Channel);
        Assert.Equal(0, skipped);
        Assert.Equal(new ArticleFeedback("GARD/x", 1, 1), Assert.Single(report.Articles));
        Assert.Equal(2, Assert.Single(report.TopUnanswered).Count);
    }

    [Fact]
    public async Task The_last_answer_of_a_conversation_is_found_from_another_instance()
    {
        var (first, second) = await StartAsync();
        await first.RecentAnswers.RememberAsync("c1", new RecentAnswer("old", []), CancellationToken.None);
        await first.RecentAnswers.RememberAsync("c1", new RecentAnswer("what is baclofen", [new FeedbackSource("a/b", "Uses")]), CancellationToken.None);

        var found = await second.RecentAnswers.FindAsync("c1", CancellationToken.None);

        Assert.Equal("what is baclofen", found!.Question);
        Assert.Equal(new FeedbackSource("a/b", "Uses"), Assert.Single(found.Sources));
        Assert.Null(await second.RecentAnswers.FindAsync("c2", CancellationToken.None));
    }

    [Fact]
    public async Task A_client_allowance_is_shared_by_every_instance_and_says_when_to_retry()
    {
        var (first, second) = await StartAsync();
        var decisions = new List<DirectLineLimitDecision>();
        for (var i = 0; i < 4; i++)
        {
            decisions.Add(await (i % 2 == 0 ? first : second).Limits.TryCountAsync("start:10.0.0.1", 3, TimeSpan.FromMinutes(1), CancellationToken.None));
        }

        Assert.Equal([true, true, true, false], decisions.Select(d => d.Allowed));
        Assert.InRange(decisions[3].RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        Assert.True((await first.Limits.TryCountAsync("start:10.0.0.2", 3, TimeSpan.FromMinutes(1), CancellationToken.None)).Allowed);
    }

    [Fact]
    public async Task Open_streams_are_capped_per_client_and_a_stream_that_is_not_renewed_stops_counting()
    {
        var (first, second) = await StartAsync();
        var lease = TimeSpan.FromSeconds(1);
        Assert.True(await first.Limits.TryOpenStreamAsync("10.0.0.1", "s1", 2, lease, CancellationToken.None));
        Assert.True(await second.Limits.TryOpenStreamAsync("10.0.0.1", "s2", 2, lease, CancellationToken.None));
        Assert.False(await first.Limits.TryOpenStreamAsync("10.0.0.1", "s3", 2, lease, CancellationToken.None));
        Assert.True(await first.Limits.TryOpenStreamAsync("10.0.0.9", "s4", 2, lease, CancellationToken.None));

        await second.Limits.CloseStreamAsync("10.0.0.1", "s2", CancellationToken.None);
        Assert.True(await first.Limits.TryOpenStreamAsync("10.0.0.1", "s5", 2, lease, CancellationToken.None));

        // s1's instance died: its lease runs out while s5 is renewed.
        await ElapseAsync(TimeSpan.FromSeconds(0.6));
        await first.Limits.RenewStreamAsync("10.0.0.1", "s5", lease, CancellationToken.None);
        await ElapseAsync(TimeSpan.FromSeconds(0.6));
        Assert.True(await second.Limits.TryOpenStreamAsync("10.0.0.1", "s6", 2, lease, CancellationToken.None));
        Assert.False(await second.Limits.TryOpenStreamAsync("10.0.0.1", "s7", 2, lease, CancellationToken.None));
    }

    [Fact]
    public async Task A_newer_stream_claim_on_another_instance_closes_the_older_stream()
    {
        var (first, second) = await StartAsync();
        var old = await first.Claims.ClaimAsync("c1", "s1", CancellationToken.None);
        var other = await first.Claims.ClaimAsync("c2", "s9", CancellationToken.None);

        var current = await second.Claims.ClaimAsync("c1", "s2", CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Task.Delay(Timeout.Infinite, old).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(timeout.Token);

        Assert.True(old.IsCancellationRequested);
        Assert.False(current.IsCancellationRequested);
        Assert.False(other.IsCancellationRequested);
    }
}
