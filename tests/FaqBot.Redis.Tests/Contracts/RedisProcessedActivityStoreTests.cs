using FaqBot.Redis.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Redis.Tests.Contracts;

/// <summary>At-most-once claims in Redis: a redelivery to any instance is a repeat within the retention.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisProcessedActivityStoreTests(RedisServer redis) : IDisposable
{
    private readonly List<RedisConnection> _connections = [];

    [Fact]
    public async Task An_activity_is_claimed_once_across_instances_and_others_are_not_affected()
    {
        var prefix = $"t{Guid.NewGuid():N}:";
        var first = Store(prefix, TimeSpan.FromMinutes(5));
        var second = Store(prefix, TimeSpan.FromMinutes(5));

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).TryClaimAsync("c1", "a1", CancellationToken.None).AsTask()));

        Assert.Single(claims, c => c);
        Assert.True(await second.TryClaimAsync("c1", "a2", CancellationToken.None));
        Assert.True(await second.TryClaimAsync("c2", "a1", CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_is_forgotten_after_the_retention()
    {
        var store = Store($"t{Guid.NewGuid():N}:", TimeSpan.FromSeconds(1));
        Assert.True(await store.TryClaimAsync("c1", "a1", CancellationToken.None));

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.True(await store.TryClaimAsync("c1", "a1", CancellationToken.None));
    }

    private RedisProcessedActivityStore Store(string prefix, TimeSpan retention)
    {
        var connection = redis.Connect(prefix);
        _connections.Add(connection);
        return new RedisProcessedActivityStore(connection, retention, new StateMetrics(new MeterFactory()), NullLogger<RedisProcessedActivityStore>.Instance);
    }

    public void Dispose() => _connections.ForEach(c => c.Dispose());
}
