using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Feedback;

/// <summary>The 👍/👎 log: one <see cref="FeedbackRecord"/> per JSON line at <see cref="FeedbackOptions.Path"/>.</summary>
public sealed class FeedbackLog(IOptions<FeedbackOptions> options) : IRecordLog<FeedbackRecord>
{
    private readonly JsonLinesFile<FeedbackRecord> file = new(options.Value.Path);

    /// <summary>Absolute path of the log file.</summary>
    public string Path => file.Path;

    /// <inheritdoc />
    public string Location => file.Path;

    /// <summary>Appends one rating; safe to call concurrently.</summary>
    public Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return file.AppendAsync(record, cancellationToken);
    }

    /// <summary>Reads all complete records; a torn or malformed line is skipped and counted.</summary>
    public (IReadOnlyList<FeedbackRecord> Records, int SkippedLines) ReadAll() => file.ReadAll();

    /// <inheritdoc />
    public Task<(IReadOnlyList<FeedbackRecord> Records, int SkippedLines)> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(file.ReadAll());
}
