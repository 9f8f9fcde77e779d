using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Feedback;

/// <summary>
/// Questions the articles did not answer (no answer or low confidence), one <see cref="UnansweredRecord"/>
/// per JSON line at <see cref="FeedbackOptions.UnansweredPath"/>, so content authors see what to write next.
/// </summary>
public sealed class UnansweredLog(IOptions<FeedbackOptions> options) : IRecordLog<UnansweredRecord>
{
    private readonly JsonLinesFile<UnansweredRecord> file = new(options.Value.UnansweredPath);

    /// <summary>Absolute path of the log file.</summary>
    public string Path => file.Path;

    /// <inheritdoc />
    public string Location => file.Path;

    /// <summary>Appends one question; safe to call concurrently.</summary>
    public Task AppendAsync(UnansweredRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return file.AppendAsync(record, cancellationToken);
    }

    /// <summary>Reads all complete records; a torn or malformed line is skipped and counted.</summary>
    public (IReadOnlyList<UnansweredRecord> Records, int SkippedLines) ReadAll() => file.ReadAll();

    /// <inheritdoc />
    public Task<(IReadOnlyList<UnansweredRecord> Records, int SkippedLines)> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(file.ReadAll());
}
