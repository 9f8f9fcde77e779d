using System.Text.Json;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Lists_the_most_frequent_unanswered_questions_and_votes_per_article()
    {
        var settings = workspace.WriteSettings();
        await WriteLogsAsync();

        var result = await FaqBotProcess.RunAsync(["--config", settings, "report"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        var cancer = Array.FindIndex(lines, line => line.Contains("Can baclofen cure cancer?", StringComparison.Ordinal));
        var liver = Array.FindIndex(lines, line => line.Contains("Is baclofen bad for the liver?", StringComparison.Ordinal));
        Assert.True(cancer >= 0 && liver > cancer, result.Stdout);
        Assert.Contains("3", lines[cancer], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("can-baclofen-cause-anxiety", StringComparison.Ordinal) && line.Contains("2 helpful", StringComparison.Ordinal) && line.Contains("1 unhelpful", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prints_the_report_as_json()
    {
        var settings = workspace.WriteSettings();
        await WriteLogsAsync();

        var result = await FaqBotProcess.RunAsync(["--config", settings, "report", "--json", "--top", "1"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var top = json.RootElement.GetProperty("top_unanswered");
        Assert.Equal(1, top.GetArrayLength());
        Assert.Equal(3, top[0].GetProperty("count").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("total_unanswered").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("total_feedback").GetInt32());
    }

    [Fact]
    public async Task Reports_empty_logs_when_nothing_was_recorded_yet()
    {
        var result = await FaqBotProcess.RunAsync(["--config", workspace.WriteSettings(), "report"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(none)", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();

    private async Task WriteLogsAsync()
    {
        var options = Options.Create(new FeedbackOptions
        {
            Path = Path.Combine(workspace.Root, "feedback.jsonl"),
            UnansweredPath = Path.Combine(workspace.Root, "unanswered.jsonl"),
        });
        var unanswered = new UnansweredLog(options);
        foreach (var question in new[] { "Can baclofen cure cancer?", "can baclofen cure cancer", "Is baclofen bad for the liver?", "Can baclofen cure cancer?" })
        {
            await unanswered.AppendAsync(new UnansweredRecord { Time = DateTimeOffset.UtcNow, Question = question, Kind = AnswerKind.NoAnswer });
        }

        var feedback = new FeedbackLog(options);
        var source = new FeedbackSource("can-baclofen-cause-anxiety", "The Anxiety Conundrum: Decoding the Signals");
        foreach (var rating in new[] { FeedbackRating.Helpful, FeedbackRating.Helpful, FeedbackRating.Unhelpful })
        {
            await feedback.AppendAsync(new FeedbackRecord { Time = DateTimeOffset.UtcNow, Rating = rating, Sources = [source] });
        }
    }
}
