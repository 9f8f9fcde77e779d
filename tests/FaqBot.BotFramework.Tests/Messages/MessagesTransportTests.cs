using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.BotFramework.Tests.Infrastructure;

namespace FaqBot.BotFramework.Tests.Messages;

/// <summary>HTTP rules of /api/messages (conformance T8 and the 400/413/415 cases).</summary>
public sealed class MessagesTransportTests : AnonymousBotTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["BotFramework:MaxRequestBodyBytes"] = "4096" };

    [Fact]
    public async Task Body_that_is_not_json_gets_400_problem_details()
    {
        using var response = await Host.PostRawAsync("not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Contains("not valid JSON", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Empty(Channel.Requests);
    }

    [Fact]
    public async Task Json_without_type_gets_400()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "hello");
        activity.Remove("type");

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Host.Answerer.Questions);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\":42}")]
    public async Task Json_that_is_not_an_activity_gets_400(string body)
    {
        using var response = await Host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Member_of_the_wrong_shape_gets_400_not_500()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "hello");
        activity["from"] = "not an account";

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("channelId")]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("recipient")]
    public async Task Message_missing_a_required_member_gets_400_naming_it(string member)
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "hello");
        activity.Remove(member);

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(member, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Host.Answerer.Questions);
    }

    [Fact]
    public async Task Service_url_that_is_not_http_gets_400()
    {
        var activity = TestActivities.Message("file:///etc/passwd", "hello");

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_gets_405()
    {
        using var response = await Host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_gets_413()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, new string('a', 5000));

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Host.Answerer.Questions);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_without_content_length_gets_413()
    {
        var body = TestActivities.Message(Channel.ServiceUrl, new string('a', 5000)).ToJsonString();
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Non_json_content_type_gets_415()
    {
        var body = TestActivities.Message(Channel.ServiceUrl, "hello").ToJsonString();

        using var response = await Host.PostRawAsync(body, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json")]
    [InlineData("application/vnd.microsoft.activity+json")]
    public async Task Any_json_content_type_is_accepted(string contentType)
    {
        var body = TestActivities.Message(Channel.ServiceUrl, "hello").ToJsonString();

        using var response = await Host.PostRawAsync(body, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_top_level_members_are_ignored()
    {
        var activity = TestActivities.Message(Channel.ServiceUrl, "hello");
        activity["somethingFromTheFuture"] = new JsonObject { ["x"] = 1 };
        activity["deliveryMode"] = "stream";

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(Channel.PostedActivities, a => a.Type == "message");
        Assert.NotNull(reply.Text);
    }

    [Fact]
    public async Task Problem_body_is_valid_json_with_title()
    {
        using var response = await Host.PostRawAsync("{");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not a valid activity", document.RootElement.GetProperty("title").GetString());
    }
}
