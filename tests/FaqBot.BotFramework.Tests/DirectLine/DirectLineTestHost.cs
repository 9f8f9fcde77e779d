using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.BotFramework.Tests.DirectLine;

/// <summary>
/// The Direct Line endpoint on a real Kestrel loopback port, with a recording stand-in bot and a
/// hand-moved clock. Every test talks to it over real HTTP and WebSockets.
/// </summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789";

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public ManualTimeProvider Time => (ManualTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    public RecordingTurnProcessor Bot => (RecordingTurnProcessor)_app.Services.GetRequiredService<ITurnProcessor>();

    public static async Task<DirectLineTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider());
        builder.Services.AddSingleton<ITurnProcessor, RecordingTurnProcessor>();
        builder.Services.AddDirectLine(builder.Configuration);
        var app = builder.Build();
        app.MapDirectLine();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new DirectLineTestHost(app, new Uri(address));
    }

    /// <summary>Sends a request with a bearer credential (or none).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Generates a token with the secret and starts its conversation; returns the start response.</summary>
    public async Task<JsonElement> StartConversationAsync(string? userId = null)
    {
        using var generated = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret, userId is null ? null : new { user = new { id = userId } });
        var grant = await ReadJsonAsync(generated, HttpStatusCode.OK);
        using var started = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.GetProperty("token").GetString());
        return await ReadJsonAsync(started, HttpStatusCode.Created);
    }

    /// <summary>Waits until every queued bot turn of the conversation has run.</summary>
    public async Task WaitForTurnsAsync(string conversationId)
    {
        var turns = _app.Services.GetRequiredService<IDirectLineTurnQueue>();
        var runner = _app.Services.GetRequiredService<DirectLineTurnRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (runner.IsDraining(conversationId) || (await turns.PendingAsync(conversationId, timeout.Token)).Count > 0)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public long LiveConversations =>
        _app.Services.GetRequiredService<IDirectLineConversationStore>().CountAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a Direct Line error: the status and <c>{"error":{"code","message"}}</c>.</summary>
    public static async Task<string> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await ReadJsonAsync(response, expected);
        var error = body.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
