using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.Redis.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Redis.Tests.Contracts;

[Collection(RedisCollection.Name)]
public sealed class RedisSharedStoresTests(RedisServer redis) : SharedStoresContract, IAsyncLifetime
{
    private readonly List<RedisConnection> _connections = [];
    private readonly List<RedisDirectLineEvents> _events = [];

    protected override async Task<(Stores First, Stores Second)> StartAsync()
    {
        var prefix = $"t{Guid.NewGuid():N}:";
        return (await StoresAsync(prefix), await StoresAsync(prefix));
    }

    protected override Task ElapseAsync(TimeSpan duration) => Task.Delay(duration);

    [Fact]
    public async Task A_record_that_is_not_json_is_skipped_and_counted()
    {
        var (first, _) = await StartAsync();
        await first.Feedback.AppendAsync(new FeedbackRecord { Time = DateTimeOffset.UnixEpoch, Rating = FeedbackRating.Helpful });
        await redis.Raw().ListRightPushAsync(_connections[0].KeyPrefix + "feedback", "{torn");

        var (records, skipped) = await first.Feedback.ReadAllAsync();

        Assert.Single(records);
        Assert.Equal(1, skipped);
    }

    private async Task<Stores> StoresAsync(string prefix)
    {
        var connection = redis.Connect(prefix);
        _connections.Add(connection);
        var local = new MemoryDirectLineStreamClaims();
        var events = new RedisDirectLineEvents(connection, local, NullLogger<RedisDirectLineEvents>.Instance);
        await events.StartAsync(CancellationToken.None);
        await events.ExecuteTask!;
        _events.Add(events);
        var metrics = new StateMetrics(new MeterFactory());
        return new Stores(
            new RedisRecordLog<FeedbackRecord>(connection, "feedback", 1000),
            new RedisRecordLog<UnansweredRecord>(connection, "unanswered", 1000),
            new RedisRecentAnswers(connection, TimeSpan.FromMinutes(30), metrics, NullLogger<RedisRecentAnswers>.Instance),
            new RedisDirectLineClientLimits(connection, TimeProvider.System),
            new RedisDirectLineStreamClaims(connection, local, events));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var events in _events)
        {
            await events.StopAsync(CancellationToken.None);
            events.Dispose();
        }

        _connections.ForEach(c => c.Dispose());
    }
}
