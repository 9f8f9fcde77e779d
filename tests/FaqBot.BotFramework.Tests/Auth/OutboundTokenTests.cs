using System.Net;
using FaqBot.BotFramework.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Tests.Auth;

/// <summary>The bot's own token for replies (conformance T19's 401 case and T20) and start-up checks.</summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private AuthenticatedHost env = null!;

    public async Task InitializeAsync() => env = await AuthenticatedHost.StartAsync();

    public async Task DisposeAsync() => await env.DisposeAsync();

    [Fact]
    public async Task Two_messages_share_one_token_request_and_the_same_bearer()
    {
        await env.Bot.PostAsync(env.TeamsMessage(id: "m1"), env.ChannelToken());
        await env.Bot.PostAsync(env.TeamsMessage(id: "m2"), env.ChannelToken());

        Assert.Equal(1, env.Identity.TokenRequests);
        Assert.Equal(4, env.Channel.Requests.Count);
        Assert.All(env.Channel.Requests, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
    }

    [Fact]
    public async Task Concurrent_turns_acquire_the_token_once()
    {
        var token = env.ChannelToken();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => env.Bot.PostAsync(env.TeamsMessage(id: "m" + i), token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, env.Identity.TokenRequests);
        Assert.Equal(16, env.Channel.Requests.Count);
    }

    [Fact]
    public async Task Channel_401_refreshes_the_token_once_and_retries_once()
    {
        env.Channel.Respond(401);

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, env.Identity.TokenRequests);
        var auths = env.Channel.Requests.Select(r => r.Authorization).ToList();
        Assert.Equal(["Bearer bot-token-1", "Bearer bot-token-2", "Bearer bot-token-2"], auths);
        Assert.Equal(0, env.Bot.FailedReplies);
    }

    [Fact]
    public async Task Repeated_401_is_not_retried_forever()
    {
        env.Channel.Respond(401);
        env.Channel.Respond(401);

        await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelToken());

        Assert.Equal(1, env.Bot.FailedReplies);
        Assert.Equal(3, env.Channel.Requests.Count);
    }

    [Fact]
    public async Task Unreachable_token_endpoint_loses_the_reply_but_not_the_turn()
    {
        await using var broken = await AuthenticatedHost.StartAsync(
            extra: new Dictionary<string, string?> { ["BotFramework:TokenEndpoint"] = "http://127.0.0.1:1/token" });

        using var response = await broken.Bot.PostAsync(broken.TeamsMessage(), broken.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(broken.Channel.Requests);
        Assert.Equal(2, broken.Bot.FailedReplies);
    }

    [Theory]
    [InlineData("UserAssignedMSI", "", "not supported")]
    [InlineData("SingleTenant", "secret", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "", "MicrosoftAppPassword")]
    [InlineData("Federated", "secret", "unknown")]
    public async Task Unusable_credentials_stop_start_up_with_a_clear_message(string appType, string password, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = TestClaims.AppId,
            ["MicrosoftAppPassword"] = password,
        }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
