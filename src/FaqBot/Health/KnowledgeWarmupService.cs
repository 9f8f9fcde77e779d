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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(Load, stoppingToken);

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
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return false;
        }
    }
}
