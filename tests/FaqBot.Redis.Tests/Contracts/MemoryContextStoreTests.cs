using FaqBot.Answers.Context;
using FaqBot.Redis.Tests.Support;

namespace FaqBot.Redis.Tests.Contracts;

public sealed class MemoryContextStoreTests : ContextStoreContract
{
    private readonly ManualTimeProvider _time = new();

    protected override (IConversationContextStore First, IConversationContextStore Second) Start(TimeSpan idleTimeout)
    {
        var store = new ConversationContextStore(100, idleTimeout, _time);
        return (store, store);
    }

    protected override Task ElapseAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }

    protected override Task SettleAsync() => Task.CompletedTask;
}
