using FaqBot.BotFramework.DirectLine.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Periodically forgets idle conversations (so abandoned chats hold no memory) and restarts the
/// queued turns that nobody is answering: those of an instance that died, or that waited out a
/// store outage.
/// </summary>
internal sealed class DirectLineMaintenance(
    IDirectLineConversationStore conversations,
    IDirectLineTurnQueue turns,
    DirectLineTurnRunner runner,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineMaintenance> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.TurnRecoveryInterval, time);
        var lastSweep = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    foreach (var conversationId in await turns.StalledAsync(settings.TurnRecoveryInterval, stoppingToken))
                    {
                        runner.Kick(conversationId);
                    }

                    if (time.GetUtcNow() - lastSweep >= settings.SweepInterval)
                    {
                        lastSweep = time.GetUtcNow();
                        var removed = await conversations.SweepAsync(stoppingToken);
                        if (removed > 0)
                        {
                            logger.LogInformation("Direct Line dropped {Removed} idle conversations", removed);
                        }
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Direct Line maintenance could not reach the conversation store; retrying");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
