using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Turns;
using FaqBot.Redis.Tests.Support;
using Microsoft.Extensions.Options;

namespace FaqBot.Redis.Tests.Contracts;

/// <summary>The single-instance stores: JSON Lines files for records, process memory for the rest.</summary>
public sealed class MemorySharedStoresTests : SharedStoresContract, IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "faqbot-stores-" + Guid.NewGuid().ToString("N"));

    protected override Task<(Stores First, Stores Second)> StartAsync()
    {
        var options = Options.Create(new FeedbackOptions { Path = Path.Combine(_folder, "f.jsonl"), UnansweredPath = Path.Combine(_folder, "u.jsonl") });
        var stores = new Stores(
            new FeedbackLog(options),
            new UnansweredLog(options),
            new RecentAnswers(_time),
            new MemoryDirectLineClientLimits(_time),
            new MemoryDirectLineStreamClaims());
        return Task.FromResult((stores, stores));
    }

    protected override Task ElapseAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
