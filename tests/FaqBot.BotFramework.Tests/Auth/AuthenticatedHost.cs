using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Auth;

/// <summary>A bot with app id <see cref="TestClaims.AppId"/>, its test identity provider and a fake channel.</summary>
public sealed class AuthenticatedHost : IAsyncDisposable
{
    private AuthenticatedHost(BotHost bot, FakeIdentityProvider identity, FakeChannel channel, TestSigningKey channelKey, TestSigningKey emulatorKey)
    {
        Bot = bot;
        Identity = identity;
        Channel = channel;
        ChannelKey = channelKey;
        EmulatorKey = emulatorKey;
    }

    public BotHost Bot { get; }

    public FakeIdentityProvider Identity { get; }

    public FakeChannel Channel { get; }

    /// <summary>Published in the channel JWKS, endorsing msteams and webchat.</summary>
    public TestSigningKey ChannelKey { get; }

    /// <summary>Published in the Emulator (Entra) JWKS, without endorsements.</summary>
    public TestSigningKey EmulatorKey { get; }

    public static async Task<AuthenticatedHost> StartAsync(string unknownKeyRefreshInterval = "00:00:00", IDictionary<string, string?>? extra = null)
    {
        var identity = await FakeIdentityProvider.StartAsync();
        var channel = await FakeChannel.StartAsync();
        var channelKey = new TestSigningKey("channel-key-1");
        var emulatorKey = new TestSigningKey("emulator-key-1");
        identity.ChannelKeys.Add(channelKey.ToJwk("msteams", "webchat"));
        identity.EmulatorKeys.Add(emulatorKey.ToJwk());
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = TestClaims.AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["BotFramework:ChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl,
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = identity.EmulatorMetadataUrl,
            ["BotFramework:TokenEndpoint"] = identity.TokenEndpoint,
            ["BotFramework:UnknownKeyRefreshInterval"] = unknownKeyRefreshInterval,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var bot = await BotHost.StartAsync(settings);
        return new AuthenticatedHost(bot, identity, channel, channelKey, emulatorKey);
    }

    /// <summary>A Teams message whose serviceUrl is the fake channel.</summary>
    public System.Text.Json.Nodes.JsonObject TeamsMessage(string text = "what is baclofen", string id = "m1") =>
        TestActivities.Message(Channel.ServiceUrl, text, "msteams", id);

    /// <summary>A valid channel token for <see cref="TeamsMessage"/>.</summary>
    public string ChannelToken() => ChannelKey.Sign(TestClaims.Channel(Channel.ServiceUrl));

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
