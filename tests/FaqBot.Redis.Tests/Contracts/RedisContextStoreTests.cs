using System.Diagnostics.Metrics;
using FaqBot.Answers.Context;
using FaqBot.Redis.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Redis.Tests.Contracts;

[Collection(RedisCollection.Name)]
public sealed class RedisContextStoreTests(RedisServer redis) : ContextStoreContract, IDisposable
{
    private readonly List<RedisConnection> _connections = [];
    private RedisConnection? _first;

    protected override (IConversationContextStore First, IConversationContextStore Second) Start(TimeSpan idleTimeout)
    {
        var prefix = $"t{Guid.NewGuid():N}:";
        _first = redis.Connect(prefix);
        var second = redis.Connect(prefix);
        _connections.AddRange([_first, second]);
        return (Store(_first, idleTimeout), Store(second, idleTimeout));
    }

    protected override Task ElapseAsync(TimeSpan duration) => Task.Delay(duration);

    // A round trip on the writer's connection comes back after its fire-and-forget write has landed.
    protected override Task SettleAsync() => _first!.Database.PingAsync();

    [Fact]
    public void Context_lives_under_one_key_whose_ttl_is_the_idle_timeout()
    {
        var (first, _) = Start(TimeSpan.FromMinutes(30));
        first.Set("c1", new ConversationState("baclofen", null, new HashSet<string>(), null));
        _first!.Database.Ping();

        var ttl = redis.Raw().KeyTimeToLive(_first.KeyPrefix + "ctx:c1");

        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void With_redis_unreachable_a_turn_gets_no_context_and_the_degradation_is_counted()
    {
        using var meters = new MeterFactory();
        var metrics = new StateMetrics(meters);
        long degraded = 0;
        using var listener = new MeterListener { InstrumentPublished = (instrument, l) => { if (instrument.Name == "faqbot.state.degraded") { l.EnableMeasurementEvents(instrument); } } };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref degraded, value));
        listener.Start();
        using var nowhere = new RedisConnection(
            Microsoft.Extensions.Options.Options.Create(new StateOptions { Redis = "127.0.0.1:1,connectTimeout=200" }), NullLogger<RedisConnection>.Instance);
        var store = new RedisConversationContextStore(nowhere, TimeSpan.FromMinutes(30), metrics, NullLogger<RedisConversationContextStore>.Instance);

        store.Set("c1", new ConversationState("baclofen", null, new HashSet<string>(), null));
        var read = store.Get("c1");

        Assert.Same(ConversationState.Empty, read);
        Assert.Equal(2, Interlocked.Read(ref degraded));
    }

    private static RedisConversationContextStore Store(RedisConnection connection, TimeSpan idleTimeout)
    {
        var meters = new MeterFactory();
        return new RedisConversationContextStore(connection, idleTimeout, new StateMetrics(meters), NullLogger<RedisConversationContextStore>.Instance);
    }

    public void Dispose() => _connections.ForEach(c => c.Dispose());
}
