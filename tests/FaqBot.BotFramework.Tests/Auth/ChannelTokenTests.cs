using System.Net;
using System.Text.Json.Nodes;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Auth;

/// <summary>Inbound channel tokens (conformance T1-T5) validated with in-box RS256 against test metadata.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthenticatedHost env = null!;

    public async Task InitializeAsync() => env = await AuthenticatedHost.StartAsync();

    public async Task DisposeAsync() => await env.DisposeAsync();

    [Fact]
    public async Task Valid_channel_token_runs_the_turn_and_replies_with_the_bot_token()
    {
        using var response = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(env.Bot.Answerer.Questions);
        Assert.All(env.Channel.Requests, r => Assert.Equal("Bearer bot-token-1", r.Authorization));
        Assert.Equal("client_credentials", env.Identity.LastTokenForm!["grant_type"]);
        Assert.Equal(TestClaims.AppId, env.Identity.LastTokenForm["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", env.Identity.LastTokenForm["scope"]);
    }

    [Fact]
    public async Task Missing_authorization_gets_401_and_nothing_runs()
    {
        using var response = await env.Bot.PostAsync(env.TeamsMessage());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(env.Bot.Answerer.Questions);
        Assert.Empty(env.Channel.Requests);
    }

    [Fact]
    public async Task Token_signed_by_a_key_not_in_the_jwks_gets_401()
    {
        var stranger = new TestSigningKey("stranger");

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), stranger.Sign(TestClaims.Channel(env.Channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_with_a_known_key_id_but_another_keys_signature_gets_401()
    {
        var forger = new TestSigningKey(env.ChannelKey.KeyId, material: "forger");

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), forger.Sign(TestClaims.Channel(env.Channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(env.Bot.Answerer.Questions);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    public async Task Wrong_issuer_gets_401(string issuer)
    {
        var token = env.ChannelKey.Sign(TestClaims.Channel(env.Channel.ServiceUrl, issuer: issuer));

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData(null)]
    public async Task Wrong_or_missing_audience_gets_401(string? audience)
    {
        var token = env.ChannelKey.Sign(TestClaims.Channel(env.Channel.ServiceUrl, audience: audience));

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Audience_array_containing_the_app_id_is_accepted()
    {
        var claims = TestClaims.Channel(env.Channel.ServiceUrl);
        claims["aud"] = new JsonArray("someone-else", TestClaims.AppId);

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelKey.Sign(claims));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("none")]
    [InlineData("RS512")]
    [InlineData("PS256")]
    public async Task Algorithms_other_than_RS256_get_401(string alg)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = env.ChannelKey.KeyId };
        var token = env.ChannelKey.Sign(TestClaims.Channel(env.Channel.ServiceUrl), header);

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_token_with_empty_signature_gets_401()
    {
        var header = new JsonObject { ["alg"] = "none", ["kid"] = env.ChannelKey.KeyId };
        var token = TestSigningKey.Encode(header) + "." + TestSigningKey.Encode(TestClaims.Channel(env.Channel.ServiceUrl)) + ".";

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    [InlineData("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")]
    [InlineData("%%%.%%%.%%%")]
    public async Task Anything_but_a_three_part_jws_gets_401(string token)
    {
        using var response = await env.Bot.PostAsync(env.TeamsMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signature_of_the_wrong_length_gets_401_not_500()
    {
        var valid = env.ChannelToken();
        var truncated = valid[..valid.LastIndexOf('.')] + ".AAAA";

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), truncated);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_key_in_the_jwks_does_not_hide_the_good_ones()
    {
        await using var withBadKey = await AuthenticatedHost.StartAsync();
        lock (withBadKey.Identity.ChannelKeys)
        {
            withBadKey.Identity.ChannelKeys.Insert(0, new JsonObject { ["kty"] = "RSA", ["kid"] = "broken", ["n"] = "!!", ["e"] = "AQAB" });
        }

        using var response = await withBadKey.Bot.PostAsync(withBadKey.TeamsMessage(), withBadKey.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Non_bearer_scheme_gets_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(env.TeamsMessage().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + env.ChannelToken());

        using var response = await env.Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_expired_six_minutes_ago_gets_401_but_four_minutes_ago_is_within_the_skew()
    {
        var expired = env.ChannelKey.Sign(TestClaims.Channel(env.Channel.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-6)));
        var withinSkew = env.ChannelKey.Sign(TestClaims.Channel(env.Channel.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-4)));

        using var refused = await env.Bot.PostAsync(env.TeamsMessage(), expired);
        using var accepted = await env.Bot.PostAsync(env.TeamsMessage(), withinSkew);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Token_not_yet_valid_gets_401()
    {
        var claims = TestClaims.Channel(env.Channel.ServiceUrl);
        claims["nbf"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelKey.Sign(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Service_url_claim_that_differs_from_the_activity_gets_401_and_no_request_goes_out()
    {
        var token = env.ChannelKey.Sign(TestClaims.Channel("https://smba.trafficmanager.net/amer/"));
        var message = env.TeamsMessage();
        message["serviceUrl"] = "https://evil.example/";

        using var response = await env.Bot.PostAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(env.Bot.Answerer.Questions);
        Assert.Equal(0, env.Bot.DeliveredReplies + env.Bot.FailedReplies);
        Assert.Equal(0, env.Identity.TokenRequests);
    }

    [Fact]
    public async Task Missing_service_url_claim_gets_401()
    {
        var claims = TestClaims.Channel(env.Channel.ServiceUrl);
        claims.Remove("serviceurl");

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelKey.Sign(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Key_that_does_not_endorse_the_channel_gets_401()
    {
        var message = env.TeamsMessage();
        message["channelId"] = "directline";

        using var response = await env.Bot.PostAsync(message, env.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Channel_key_without_endorsements_gets_401()
    {
        var bare = new TestSigningKey("bare-key");
        lock (env.Identity.ChannelKeys)
        {
            env.Identity.ChannelKeys.Add(bare.ToJwk());
        }

        using var response = await env.Bot.PostAsync(env.TeamsMessage(), bare.Sign(TestClaims.Channel(env.Channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Rotated_key_is_found_by_refreshing_the_metadata()
    {
        using var first = await env.Bot.PostAsync(env.TeamsMessage(), env.ChannelToken());
        var rotated = new TestSigningKey("channel-key-2");
        lock (env.Identity.ChannelKeys)
        {
            env.Identity.ChannelKeys.Add(rotated.ToJwk("msteams"));
        }

        using var second = await env.Bot.PostAsync(env.TeamsMessage(), rotated.Sign(TestClaims.Channel(env.Channel.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, env.Identity.MetadataFetches);
    }

    [Fact]
    public async Task Unknown_key_ids_refresh_the_metadata_at_most_once_per_interval()
    {
        await using var limited = await AuthenticatedHost.StartAsync(unknownKeyRefreshInterval: "00:05:00");
        var stranger = new TestSigningKey("made-up");

        using var valid = await limited.Bot.PostAsync(limited.TeamsMessage(), limited.ChannelToken());
        for (var i = 0; i < 5; i++)
        {
            using var refused = await limited.Bot.PostAsync(limited.TeamsMessage(), stranger.Sign(TestClaims.Channel(limited.Channel.ServiceUrl)));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(1, limited.Identity.MetadataFetches);
    }
}
