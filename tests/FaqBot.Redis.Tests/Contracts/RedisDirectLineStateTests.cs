using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.Redis.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Redis.Tests.Contracts;

[Collection(RedisCollection.Name)]
public sealed class RedisDirectLineStateTests(RedisServer redis) : DirectLineStateContract, IAsyncLifetime
{
    private readonly List<IDisposable> _connections = [];
    private readonly List<RedisDirectLineEvents> _events = [];

    protected override async Task<(Instance First, Instance Second)> StartAsync(Action<DirectLineOptions>? configure = null)
    {
        var prefix = $"t{Guid.NewGuid():N}:";
        var options = RedisServer.DirectLine(configure);
        return (await InstanceAsync(prefix, options), await InstanceAsync(prefix, options));
    }

    protected override Task ElapseAsync(TimeSpan duration) => Task.Delay(duration);

    private async Task<Instance> InstanceAsync(string prefix, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        var connection = redis.Connect(prefix);
        _connections.Add(connection);
        var events = new RedisDirectLineEvents(connection, new MemoryDirectLineStreamClaims(), NullLogger<RedisDirectLineEvents>.Instance);
        await events.StartAsync(CancellationToken.None);
        await events.ExecuteTask!;
        _events.Add(events);
        var state = new RedisDirectLineState(connection, events, options, TimeProvider.System);
        return new Instance(state, state, state);
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
