using FaqBot.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FaqBot.Tests.Http;

/// <summary>
/// The real FaqBot host on a loopback Kestrel port (so tests speak real HTTP), over a chosen knowledge
/// folder, with logs written into the test's workspace.
/// </summary>
internal sealed class FaqBotApplication : WebApplicationFactory<Program>
{
    private readonly string knowledgePath;
    private readonly string logFolder;
    private readonly bool warmUp;
    private readonly bool watch;

    public FaqBotApplication(string knowledgePath, string logFolder, bool warmUp = true, bool watch = false)
    {
        this.knowledgePath = knowledgePath;
        this.logFolder = logFolder;
        this.warmUp = warmUp;
        this.watch = watch;
        // Kestrel without a fixed port: UseKestrel(port) rewrites the addresses after the app's own
        // thread may already have started the server (a race with minimal hosting); "urls" below doesn't.
        UseKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Knowledge:Path", knowledgePath);
        builder.UseSetting("Knowledge:Watch", watch ? "true" : "false");
        builder.UseSetting("Feedback:Path", Path.Combine(logFolder, "feedback.jsonl"));
        builder.UseSetting("Feedback:UnansweredPath", Path.Combine(logFolder, "unanswered.jsonl"));
        if (!warmUp)
        {
            // Lets a test observe the server before the knowledge base is loaded.
            builder.ConfigureTestServices(services =>
            {
                var warmUpService = services.Single(descriptor =>
                    descriptor.ServiceType == typeof(IHostedService) && descriptor.ImplementationType == typeof(KnowledgeWarmupService));
                services.Remove(warmUpService);
            });
        }
    }
}
