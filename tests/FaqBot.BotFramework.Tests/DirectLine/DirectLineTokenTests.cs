using System.Net;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>Tokens: generate, start, refresh, expiry, forgery (conformance case T21).</summary>
public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task Generate_with_the_secret_then_start_returns_201_with_a_token_and_a_websocket_stream_url()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        var grant = await DirectLineTestHost.ReadJsonAsync(generated, HttpStatusCode.OK);
        Assert.Equal(1800, grant.GetProperty("expires_in").GetInt32());
        Assert.False(grant.TryGetProperty("streamUrl", out _));
        Assert.Empty(host.Bot.Received);

        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.GetProperty("token").GetString());
        var start = await DirectLineTestHost.ReadJsonAsync(started, HttpStatusCode.Created);

        Assert.Equal(grant.GetProperty("conversationId").GetString(), start.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(start.GetProperty("token").GetString()));
        Assert.True(start.GetProperty("expires_in").GetInt32() > 0);
        Assert.StartsWith("ws://127.0.0.1:", start.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        await host.WaitForTurnsAsync(start.GetProperty("conversationId").GetString()!);
        var update = Assert.Single(host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("directline", update.ChannelId);
    }

    [Fact]
    public async Task Starting_twice_with_the_same_token_answers_200_for_the_same_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret);
        var token = (await DirectLineTestHost.ReadJsonAsync(generated, HttpStatusCode.OK)).GetProperty("token").GetString();
        using var first = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        using var second = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        var a = await DirectLineTestHost.ReadJsonAsync(first, HttpStatusCode.Created);
        var b = await DirectLineTestHost.ReadJsonAsync(second, HttpStatusCode.OK);
        Assert.Equal(a.GetProperty("conversationId").GetString(), b.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Generate_is_refused_without_the_secret_when_one_is_configured()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var none = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        using var wrong = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");

        Assert.Equal("Unauthorized", await DirectLineTestHost.AssertErrorAsync(none, HttpStatusCode.Unauthorized));
        Assert.Equal("Unauthorized", await DirectLineTestHost.AssertErrorAsync(wrong, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Anonymous_mode_generates_tokens_without_any_credential()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = "" });
        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        var grant = await DirectLineTestHost.ReadJsonAsync(generated, HttpStatusCode.OK);

        using var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.GetProperty("token").GetString());
        await DirectLineTestHost.ReadJsonAsync(started, HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_forged_or_tampered_token_gets_401()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        var token = start.GetProperty("token").GetString()!;
        var id = start.GetProperty("conversationId").GetString();
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        foreach (var bad in new[] { "undefined", tampered, "a.b.c", token.Replace('.', '_') })
        {
            using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", bad);
            Assert.Equal("Unauthorized", await DirectLineTestHost.AssertErrorAsync(response, HttpStatusCode.Unauthorized));
        }
    }

    [Fact]
    public async Task An_expired_token_gets_403_and_cannot_be_refreshed()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "02:00:00" });
        var start = await host.StartConversationAsync();
        var token = start.GetProperty("token").GetString();
        var id = start.GetProperty("conversationId").GetString();
        host.Time.Advance(TimeSpan.FromMinutes(31));

        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token);
        using var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal("TokenExpired", await DirectLineTestHost.AssertErrorAsync(read, HttpStatusCode.Forbidden));
        Assert.Equal("TokenExpired", await DirectLineTestHost.AssertErrorAsync(refresh, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Refresh_before_expiry_gives_a_new_token_for_the_same_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "02:00:00" });
        var start = await host.StartConversationAsync();
        var id = start.GetProperty("conversationId").GetString();
        host.Time.Advance(TimeSpan.FromMinutes(20));

        using var refreshed = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", start.GetProperty("token").GetString());
        var grant = await DirectLineTestHost.ReadJsonAsync(refreshed, HttpStatusCode.OK);
        host.Time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(id, grant.GetProperty("conversationId").GetString());
        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", grant.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task The_secret_cannot_be_refreshed()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", DirectLineTestHost.Secret);
        Assert.Equal("BadArgument", await DirectLineTestHost.AssertErrorAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_or_post_to_another()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        var token = mine.GetProperty("token").GetString();
        var other = theirs.GetProperty("conversationId").GetString();

        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other}/activities", token);
        using var post = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{other}/activities", token, new { type = "message", text = "hi", from = new { id = "u1" } });
        using var reconnect = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other}", token);

        Assert.Equal("Forbidden", await DirectLineTestHost.AssertErrorAsync(read, HttpStatusCode.Forbidden));
        Assert.Equal("Forbidden", await DirectLineTestHost.AssertErrorAsync(post, HttpStatusCode.Forbidden));
        Assert.Equal("Forbidden", await DirectLineTestHost.AssertErrorAsync(reconnect, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_token_bound_to_a_user_decides_who_is_speaking()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync("dl_alice");
        var id = start.GetProperty("conversationId").GetString()!;
        using var post = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", start.GetProperty("token").GetString(),
            new { type = "message", text = "hi", from = new { id = "mallory", role = "user" } });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        await host.WaitForTurnsAsync(id);

        var message = Assert.Single(host.Bot.Received, activity => activity.Type == ActivityTypes.Message);
        Assert.Equal("dl_alice", message.From?.Id);
        var update = Assert.Single(host.Bot.Received, activity => activity.Type == ActivityTypes.ConversationUpdate);
        Assert.Contains(update.MembersAdded!, member => member.Id == "dl_alice");
    }

    [Fact]
    public async Task Anonymous_mode_starts_a_conversation_without_any_credential_but_refuses_a_bad_one()
    {
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = "" });
        using var bare = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);
        using var bad = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "undefined");

        var start = await DirectLineTestHost.ReadJsonAsync(bare, HttpStatusCode.Created);
        Assert.False(string.IsNullOrEmpty(start.GetProperty("token").GetString()));
        await DirectLineTestHost.AssertErrorAsync(bad, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_start_without_credentials_is_refused_when_a_secret_is_configured()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);
        Assert.Equal("Unauthorized", await DirectLineTestHost.AssertErrorAsync(response, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task The_secret_opens_every_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = await host.StartConversationAsync();
        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{start.GetProperty("conversationId").GetString()}/activities", DirectLineTestHost.Secret);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }
}
