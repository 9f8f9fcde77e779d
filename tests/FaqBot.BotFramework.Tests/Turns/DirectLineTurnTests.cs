using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Turns;

/// <summary>
/// The real turn processor behind the self-hosted Direct Line (what Web Chat talks to): the welcome and
/// the answer card arrive in the activity stream, addressed from the bot.
/// </summary>
public sealed class DirectLineTurnTests : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(directLine: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Web_chat_conversation_gets_a_welcome_then_an_answer_card_from_the_bot()
    {
        var token = await StartConversationAsync();
        using var post = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, new JsonObject
        {
            ["type"] = "message",
            ["text"] = "what is baclofen",
            ["from"] = new JsonObject { ["id"] = "dl_user", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-1" },
        });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        // The welcome and the answer are separate turns that may finish in either order.
        static bool IsWelcome(JsonNode a) => (string?)a["type"] == "message" && ((string?)a["text"])?.StartsWith("Hi!", StringComparison.Ordinal) == true;
        var activities = await PollUntilAsync(token, list => list.Any(a => a["attachments"] is not null) && list.Any(IsWelcome));

        var welcome = Assert.Single(activities, IsWelcome);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        var echo = activities.Single(a => (string?)a["channelData"]?["clientActivityID"] == "c-1");
        Assert.Equal("what is baclofen", (string?)echo["text"]);
        var answer = activities.Single(a => a["attachments"] is not null);
        Assert.Equal("bot", (string?)answer["from"]!["role"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["attachments"]![0]!["contentType"]);
        Assert.Equal("what is baclofen", host.Answerer.Questions.Single().Text);

        // The turn runs after the request ended; the link is still absolute, made from the origin the
        // conversation was reached on, so any Direct Line client (not only our page) can follow it.
        var sourceLink = (string?)answer["attachments"]![0]!["content"]!["body"]![0]!["items"]![1]!["text"];
        Assert.Contains($"({host.BaseUrl.TrimEnd('/')}/articles/GARD/baclofen#uses)", sourceLink, StringComparison.Ordinal);
    }

    private async Task<(string ConversationId, string Token)> StartConversationAsync()
    {
        using var generated = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", BotHost.DirectLineSecret, new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "dl_user" },
        });
        var token = (string)JsonNode.Parse(await generated.Content.ReadAsStringAsync())!["token"]!;
        using var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    // The turn runs after the POST returns, as it must for Web Chat's send timeout, so poll like Web Chat does.
    private async Task<List<JsonNode>> PollUntilAsync((string ConversationId, string Token) conversation, Func<List<JsonNode>, bool> done)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, null);
            var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Select(a => a!).ToList();
            if (done(list))
            {
                return list;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot's answer never reached the Direct Line activity stream.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await host.Client.SendAsync(request);
    }
}
