using FaqBot.Answers.Composition;
using FaqBot.Answers.Context;

namespace FaqBot.Redis.Tests.Contracts;

/// <summary>What every conversation context store must do (memory and Redis).</summary>
public abstract class ContextStoreContract
{
    /// <summary>Two instances' views of one store, forgetting after <paramref name="idleTimeout"/>.</summary>
    protected abstract (IConversationContextStore First, IConversationContextStore Second) Start(TimeSpan idleTimeout);

    protected abstract Task ElapseAsync(TimeSpan duration);

    /// <summary>Waits until a write made with <see cref="IConversationContextStore.Set"/> can be read (Redis writes are fire-and-forget).</summary>
    protected abstract Task SettleAsync();

    private static ConversationState State(string topic) =>
        new(topic, topic + " side effects", new HashSet<string>(["p1", "p2"], StringComparer.Ordinal), AnswerKind.Answer);

    [Fact]
    public void An_unknown_conversation_has_no_context()
    {
        var (first, _) = Start(TimeSpan.FromMinutes(30));

        Assert.Same(ConversationState.Empty, first.Get("nobody"));
    }

    [Fact]
    public async Task Context_set_by_one_instance_is_read_by_another()
    {
        var (first, second) = Start(TimeSpan.FromMinutes(30));
        first.Set("c1", State("baclofen"));
        await SettleAsync();

        var read = second.Get("c1");

        Assert.Equal("baclofen", read.Topic);
        Assert.Equal("baclofen side effects", read.LastQuery);
        Assert.Equal(["p1", "p2"], read.Shown.Order());
        Assert.Equal(AnswerKind.Answer, read.LastKind);
        Assert.Null(second.Get("c2").Topic);
    }

    [Fact]
    public async Task Context_is_forgotten_after_the_idle_timeout()
    {
        var (first, second) = Start(TimeSpan.FromSeconds(1));
        first.Set("c1", State("baclofen"));
        await SettleAsync();

        await ElapseAsync(TimeSpan.FromSeconds(1.5));

        Assert.Same(ConversationState.Empty, second.Get("c1"));
    }
}
