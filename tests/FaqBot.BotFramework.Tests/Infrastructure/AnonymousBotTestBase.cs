namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>A fresh anonymous bot and fake channel for every test (xunit creates one instance per test).</summary>
public abstract class AnonymousBotTestBase : IAsyncLifetime
{
    protected BotHost Host { get; private set; } = null!;

    protected FakeChannel Channel { get; private set; } = null!;

    /// <summary>Extra configuration for the bot.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Host = await BotHost.StartAsync(Settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
