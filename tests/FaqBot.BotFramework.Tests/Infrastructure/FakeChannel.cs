using System.Collections.Concurrent;
using System.Text.Json;
using FaqBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// A channel's Connector API on a loopback port: records every request the bot makes (raw path,
/// Authorization header, body) and answers from a script (e.g. 429 with Retry-After, then 200).
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> script = new();
    private WebApplication? app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeChannel> StartAsync()
    {
        var channel = new FakeChannel();
        var (app, baseUrl) = await LoopbackServer.StartAsync(a => a.Map("/{**path}", channel.HandleAsync));
        channel.app = app;
        channel.ServiceUrl = baseUrl;
        return channel;
    }

    /// <summary>Queues responses for the next requests; once the script runs out, every request gets 200.</summary>
    public void Respond(int status, string? retryAfter = null) => script.Enqueue((status, retryAfter));

    public IReadOnlyList<Activity> PostedActivities => Requests.Select(r => r.Activity).OfType<Activity>().ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Activity? activity = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
        }

        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null,
            body,
            activity));

        if (script.TryDequeue(out var next) && next.Status != 200)
        {
            context.Response.StatusCode = next.Status;
            if (next.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = next.RetryAfter;
            }

            return;
        }

        await context.Response.WriteAsJsonAsync(new ResourceResponse { Id = "reply-" + Requests.Count }, BotJson.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
