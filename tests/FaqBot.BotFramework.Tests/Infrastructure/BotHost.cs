using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Answers.Composition;
using FaqBot.BotFramework.Connector;
using FaqBot.BotFramework.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// The bot's <c>/api/messages</c> on real Kestrel at http://127.0.0.1:0, wired exactly as the host does
/// (AddBotFramework/MapBotFramework) with a fake answer engine, a recording clock and logs in a temp folder.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string DirectLineSecret = "bot-host-direct-line-secret-0123456789";

    private readonly MeterListener listener = new();
    private long failedReplies;
    private long deliveredReplies;

    private BotHost(WebApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        BaseUrl = LoopbackServer.BoundAddress(app);
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public FakeQuestionAnswerer Answerer => (FakeQuestionAnswerer)App.Services.GetRequiredService<IQuestionAnswerer>();

    public RecordingTimeProvider Time => (RecordingTimeProvider)App.Services.GetRequiredService<TimeProvider>();

    public long FailedReplies => Interlocked.Read(ref failedReplies);

    public long DeliveredReplies => Interlocked.Read(ref deliveredReplies);

    public string FeedbackPath => Path.Combine(DataDirectory, "feedback.jsonl");

    public string UnansweredPath => Path.Combine(DataDirectory, "unanswered.jsonl");

    /// <param name="settings">Configuration on top of the defaults (keys like "BotFramework:MaxRequestBodyBytes").</param>
    /// <param name="environment">Hosting environment name.</param>
    /// <param name="remotePeer">Pretend every request comes from a non-loopback address.</param>
    /// <param name="directLine">Also serve Direct Line (secret <see cref="DirectLineSecret"/>), as the host does.</param>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null, string environment = "Development", bool remotePeer = false, bool directLine = false)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("faqbot-bf-tests-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = dataDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var configuration = new Dictionary<string, string?>
        {
            ["Feedback:Path"] = Path.Combine(dataDirectory, "feedback.jsonl"),
            ["Feedback:UnansweredPath"] = Path.Combine(dataDirectory, "unanswered.jsonl"),
            ["DirectLine:Secret"] = DirectLineSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton<TimeProvider>(new RecordingTimeProvider());
        builder.Services.AddSingleton<IQuestionAnswerer, FakeQuestionAnswerer>();
        builder.Services.AddBotFramework(builder.Configuration);
        if (directLine)
        {
            builder.Services.AddDirectLine(builder.Configuration);
        }

        var app = builder.Build();
        if (remotePeer)
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return next(context);
            });
        }

        app.MapBotFramework();
        if (directLine)
        {
            app.MapDirectLine();
        }
        await app.StartAsync();
        var host = new BotHost(app, dataDirectory);
        host.ListenToMetrics();
        return host;
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? bearer = null) =>
        PostRawAsync(activity.ToJsonString(), bearer: bearer);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json", string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Client.SendAsync(request);
    }

    private void ListenToMetrics()
    {
        var factory = App.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests run hosts in parallel.
            if (instrument.Meter.Name == BotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "faqbot.bot.replies.failed")
            {
                Interlocked.Add(ref failedReplies, value);
            }
            else if (instrument.Name == "faqbot.bot.replies.delivered")
            {
                Interlocked.Add(ref deliveredReplies, value);
            }
        });
        listener.Start();

        // Counters are created lazily with BotMetrics; resolve it so they exist before any turn.
        _ = App.Services.GetRequiredService<BotMetrics>();
    }

    public async ValueTask DisposeAsync()
    {
        listener.Dispose();
        Client.Dispose();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
