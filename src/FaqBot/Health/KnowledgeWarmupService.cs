using FaqBot.Knowledge;

namespace FaqBot.Health;

/// <summary>
/// Loads the knowledge base in the background as soon as the server starts, so the server listens at
/// once (<c>/healthz</c> answers, <c>/readyz</c> says 503) and the first question does not pay for
/// loading. No loadable article at all is a start-up error: logged, and the server stops with exit code 1.
/// </summary>
internal sealed class KnowledgeWarmupService(
    IServiceProvider services,
    KnowledgeLoadState state,
    IHostApplicationLifetime lifetime,
    ILogger<KnowledgeWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await Task.Run(Load, stoppingToken))
        {
            return;
        }

        Environment.ExitCode = 1;
        // Stopping while the server is still binding its addresses would cancel that start-up and crash
        // the process with an unrelated error; stop once it has started instead.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        using (stoppingToken.Register(started.SetResult))
        {
            await started.Task;
        }

        lifetime.StopApplication();
    }

    /// <summary>Loads the knowledge base and marks the server ready; false when it cannot be loaded.</summary>
    public bool Load()
    {
        try
        {
            var knowledge = services.GetRequiredService<KnowledgeBaseProvider>().Current;
            state.MarkLoaded();
            logger.LogInformation("Ready: answering from knowledge base {IndexVersion}", knowledge.Version);
            return true;
        }
        catch (KnowledgeException e)
        {
            // The message says what to fix; a stack trace would only bury it.
            logger.LogCritical("The knowledge base could not be loaded; stopping. {Reason}", e.Message);
            return false;
        }
    }
}
