using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.Redis.Tests.Support;

namespace FaqBot.Redis.Tests.Contracts;

public sealed class MemoryDirectLineStateTests : DirectLineStateContract
{
    private readonly ManualTimeProvider _time = new();

    protected override Task<(Instance First, Instance Second)> StartAsync(Action<DirectLineOptions>? configure = null)
    {
        var state = new MemoryDirectLineState(RedisServer.DirectLine(configure), _time);
        var instance = new Instance(state, state, state);
        return Task.FromResult((instance, instance));
    }

    protected override Task ElapseAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }
}
