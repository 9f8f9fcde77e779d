using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Tests.Feedback;

/// <summary>The JSON Lines logs under concurrent writers and after a crash mid-write.</summary>
public sealed class FeedbackLogTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("faqbot-feedback-").FullName;

    private IOptions<FeedbackOptions> Options => Microsoft.Extensions.Options.Options.Create(new FeedbackOptions
    {
        Path = Path.Combine(directory, "sub", "feedback.jsonl"),
        UnansweredPath = Path.Combine(directory, "unanswered.jsonl"),
    });

    [Fact]
    public async Task Concurrent_appends_from_two_log_instances_keep_every_record_whole()
    {
        var first = new FeedbackLog(Options);
        var second = new FeedbackLog(Options);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).AppendAsync(Record(i)))));

        var (records, skipped) = first.ReadAll();
        Assert.Equal(0, skipped);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => "question " + i).Order(), records.Select(r => r.Question!).Order());
        Assert.Equal(200, File.ReadAllLines(first.Path).Length);
    }

    [Fact]
    public async Task Torn_last_line_is_ignored_on_read_and_closed_off_by_the_next_append()
    {
        var log = new FeedbackLog(Options);
        await log.AppendAsync(Record(1));
        await File.AppendAllTextAsync(log.Path, "{\"time\":\"2026-11-21T10:00:00Z\",\"rating\":\"help");

        var (afterCrash, skippedAfterCrash) = log.ReadAll();
        await log.AppendAsync(Record(2));
        var (afterAppend, skippedAfterAppend) = log.ReadAll();

        Assert.Equal(["question 1"], afterCrash.Select(r => r.Question));
        Assert.Equal(1, skippedAfterCrash);
        Assert.Equal(["question 1", "question 2"], afterAppend.Select(r => r.Question));
        Assert.Equal(1, skippedAfterAppend);
    }

    [Fact]
    public void Missing_file_reads_as_empty()
    {
        var (records, skipped) = new UnansweredLog(Options).ReadAll();

        Assert.Empty(records);
        Assert.Equal(0, skipped);
    }

    [Fact]
    public async Task Unanswered_records_round_trip_with_snake_case_kinds()
    {
        var log = new UnansweredLog(Options);
        await log.AppendAsync(new UnansweredRecord
        {
            Time = DateTimeOffset.Parse("2026-11-21T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Question = "can cats take baclofen?",
            Kind = AnswerKind.LowConfidence,
            Channel = "webchat",
            ConversationHash = ConversationIdHasher.Hash("c1"),
        });

        var line = Assert.Single(File.ReadAllLines(log.Path));
        Assert.Contains("\"kind\":\"low_confidence\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\"c1\"", line, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.LowConfidence, Assert.Single(log.ReadAll().Records).Kind);
    }

    [Fact]
    public void Conversation_ids_hash_to_stable_sha256_hex()
    {
        Assert.Equal(64, ConversationIdHasher.Hash("a:1")!.Length);
        Assert.Equal(ConversationIdHasher.Hash("a:1"), ConversationIdHasher.Hash("a:1"));
        Assert.NotEqual(ConversationIdHasher.Hash("a:1"), ConversationIdHasher.Hash("a:2"));
        Assert.Null(ConversationIdHasher.Hash(""));
    }

    private static FeedbackRecord Record(int i) => new()
    {
        Time = DateTimeOffset.UtcNow,
        Rating = i % 3 == 0 ? FeedbackRating.Unhelpful : FeedbackRating.Helpful,
        Question = "question " + i,
        Sources = [new FeedbackSource("article-" + (i % 5), "Section")],
        Channel = "webchat",
        Via = "card",
    };

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
