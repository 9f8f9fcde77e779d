using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Periodically drops idle conversations so abandoned chats do not hold memory.</summary>
internal sealed class DirectLineConversationSweeper(
    DirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.Sweep();
                if (removed > 0)
                {
                    logger.LogInformation("Direct Line dropped {Removed} idle conversations; {Live} remain", removed, store.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
