using FaqBot.Answers.Context;

namespace FaqBot.Answers.Tests.Context;

public sealed class ConversationContextStoreTests
{
    private static ConversationState State(string topic) => ConversationState.Empty with { Topic = topic };

    [Fact]
    public void Remembers_state_per_conversation()
    {
        var store = new ConversationContextStore(10, TimeSpan.FromMinutes(30), new ManualTimeProvider());
        store.Set("a", State("baclofen"));
        store.Set("b", State("anxiety"));

        Assert.Equal("baclofen", store.Get("a").Topic);
        Assert.Equal("anxiety", store.Get("b").Topic);
        Assert.Same(ConversationState.Empty, store.Get("c"));
    }

    [Fact]
    public void Forgets_the_least_recently_used_conversation_beyond_capacity()
    {
        var store = new ConversationContextStore(2, TimeSpan.FromMinutes(30), new ManualTimeProvider());
        store.Set("a", State("1"));
        store.Set("b", State("2"));
        store.Set("a", State("3"));
        store.Set("c", State("4"));

        Assert.Equal(2, store.Count);
        Assert.Equal("3", store.Get("a").Topic);
        Assert.Null(store.Get("b").Topic);
        Assert.Equal("4", store.Get("c").Topic);
    }

    [Fact]
    public void Forgets_a_conversation_after_the_idle_timeout()
    {
        var time = new ManualTimeProvider();
        var store = new ConversationContextStore(10, TimeSpan.FromMinutes(30), time);
        store.Set("a", State("baclofen"));

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("baclofen", store.Get("a").Topic);

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(store.Get("a").Topic);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Is_safe_to_use_from_many_threads()
    {
        var store = new ConversationContextStore(50, TimeSpan.FromMinutes(30), TimeProvider.System);

        Parallel.For(0, 2_000, i =>
        {
            store.Set($"c{i % 120}", State(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            _ = store.Get($"c{(i + 7) % 120}");
        });

        Assert.Equal(50, store.Count);
    }
}
