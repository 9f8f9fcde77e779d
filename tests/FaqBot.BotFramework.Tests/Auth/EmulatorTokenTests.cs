using System.Net;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Auth;

/// <summary>Tokens the Emulator obtains with the bot's own credentials (protocol notes 3.3, conformance T25).</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private AuthenticatedHost env = null!;

    public async Task InitializeAsync() => env = await AuthenticatedHost.StartAsync(
        extra: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        });

    public async Task DisposeAsync() => await env.DisposeAsync();

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Emulator_token_of_a_known_version_is_accepted(string version)
    {
        var message = TestActivities.Message(env.Channel.ServiceUrl, "hello");

        using var response = await env.Bot.PostAsync(message, env.EmulatorKey.Sign(TestClaims.Emulator(version)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(env.Bot.Answerer.Questions);
    }

    [Fact]
    public async Task Emulator_token_of_version_3_gets_401()
    {
        var claims = TestClaims.Emulator("2.0");
        claims["ver"] = "3.0";

        using var response = await env.Bot.PostAsync(TestActivities.Message(env.Channel.ServiceUrl, "hello"), env.EmulatorKey.Sign(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_for_another_app_gets_401()
    {
        var token = env.EmulatorKey.Sign(TestClaims.Emulator("1.0", appId: "99999999-0000-0000-0000-000000000000"));

        using var response = await env.Bot.PostAsync(TestActivities.Message(env.Channel.ServiceUrl, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_from_the_bots_own_tenant_is_accepted_and_other_tenants_are_not()
    {
        var own = TestClaims.Emulator("1.0");
        own["iss"] = "https://sts.windows.net/11111111-2222-3333-4444-555555555555/";
        var other = TestClaims.Emulator("1.0");
        other["iss"] = "https://sts.windows.net/aaaaaaaa-2222-3333-4444-555555555555/";

        using var accepted = await env.Bot.PostAsync(TestActivities.Message(env.Channel.ServiceUrl, "hello"), env.EmulatorKey.Sign(own));
        using var refused = await env.Bot.PostAsync(TestActivities.Message(env.Channel.ServiceUrl, "hello"), env.EmulatorKey.Sign(other));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_signed_with_a_channel_key_gets_401()
    {
        using var response = await env.Bot.PostAsync(
            TestActivities.Message(env.Channel.ServiceUrl, "hello"), env.ChannelKey.Sign(TestClaims.Emulator("1.0")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_cannot_send_the_bot_to_a_remote_service_url()
    {
        using var response = await env.Bot.PostAsync(
            TestActivities.Message("https://evil.example/", "hello"), env.EmulatorKey.Sign(TestClaims.Emulator("1.0")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(env.Bot.Answerer.Questions);
        Assert.Equal(0, env.Identity.TokenRequests);
    }

    [Fact]
    public async Task Single_tenant_bot_asks_its_own_tenant_for_tokens_when_no_endpoint_is_configured()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = TestClaims.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        });
        var provider = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<FaqBot.BotFramework.Auth.BotTokenProvider>(bot.App.Services);

        Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", provider.TokenEndpoint);
    }
}
