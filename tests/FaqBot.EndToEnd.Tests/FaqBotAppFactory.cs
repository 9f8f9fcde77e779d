using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// The whole FaqBot app (real knowledge, answers, bot, Direct Line, page) on a real Kestrel
/// loopback port, so a browser can reach it. Feedback logs go to a fresh folder per factory.
/// </summary>
internal sealed class FaqBotAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public FaqBotAppFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        DataDirectory = Directory.CreateTempSubdirectory("faqbot-e2e-").FullName;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; }

    public string FeedbackLog => Path.Combine(DataDirectory, "feedback.jsonl");

    /// <summary>Starts the server and returns its address (http://127.0.0.1:port).</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Also replace the configured address (localhost:3978): the app's own thread may bind it
        // before the Kestrel options above are applied (a race with minimal hosting).
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Feedback:Path", FeedbackLog);
        builder.UseSetting("Feedback:UnansweredPath", Path.Combine(DataDirectory, "unanswered.jsonl"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory's Dispose and DisposeAsync both end up here.
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
