namespace FaqBot.Answers.Feedback;

/// <summary>
/// An append-only log of feedback or unanswered-question records: JSON Lines files for one instance,
/// or a list in Redis that every instance appends to and <c>faqbot report</c> reads.
/// </summary>
/// <typeparam name="TRecord">The record type (<see cref="FeedbackRecord"/> or <see cref="UnansweredRecord"/>).</typeparam>
public interface IRecordLog<TRecord>
{
    /// <summary>Where the records go, for log lines and the report ("data/feedback.jsonl", "redis faqbot:feedback").</summary>
    string Location { get; }

    /// <summary>Appends one record; safe to call concurrently. Throws when the record could not be stored.</summary>
    Task AppendAsync(TRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads every complete record; a torn or malformed entry is skipped and counted.</summary>
    Task<(IReadOnlyList<TRecord> Records, int SkippedLines)> ReadAllAsync(CancellationToken cancellationToken = default);
}
