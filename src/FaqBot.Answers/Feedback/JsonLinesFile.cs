using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace FaqBot.Answers.Feedback;

/// <summary>
/// An append-only JSON Lines file. Each record is written with one append call under a per-path lock,
/// so concurrent writers in this process never interleave; a line torn by a crash is closed off before
/// the next append and skipped on read.
/// </summary>
internal sealed class JsonLinesFile<T>(string path)
{
    // Keyed by full path so two stores opened on the same file still share one lock.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions JsonOptions = FeedbackJson.Options;

    private readonly string fullPath = System.IO.Path.GetFullPath(path);

    public string Path => fullPath;

    public async Task AppendAsync(T record, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(record, JsonOptions);
        var gate = Locks.GetOrAdd(fullPath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var stream = new FileStream(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
            var needsNewline = stream.Length > 0 && await LastByteAsync(stream, cancellationToken) != (byte)'\n';
            stream.Seek(0, SeekOrigin.End);
            var buffer = new byte[line.Length + (needsNewline ? 2 : 1)];
            if (needsNewline)
            {
                buffer[0] = (byte)'\n';
            }

            line.CopyTo(buffer, needsNewline ? 1 : 0);
            buffer[^1] = (byte)'\n';
            await stream.WriteAsync(buffer, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads every complete, well-formed line; returns the records and how many lines were skipped.</summary>
    public (IReadOnlyList<T> Records, int SkippedLines) ReadAll()
    {
        if (!File.Exists(fullPath))
        {
            return ([], 0);
        }

        string content;
        using (var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            content = reader.ReadToEnd();
        }

        var records = new List<T>();
        var skipped = 0;
        var lines = content.Split('\n');

        // The last element is either "" (file ends with a newline) or a torn write: never a record.
        if (lines[^1].Length > 0)
        {
            skipped++;
        }

        foreach (var line in lines.AsSpan(0, lines.Length - 1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var record = JsonSerializer.Deserialize<T>(line, JsonOptions);
                if (record is null)
                {
                    skipped++;
                }
                else
                {
                    records.Add(record);
                }
            }
            catch (JsonException)
            {
                skipped++;
            }
        }

        return (records, skipped);
    }

    private static async Task<byte> LastByteAsync(FileStream stream, CancellationToken cancellationToken)
    {
        stream.Seek(-1, SeekOrigin.End);
        var one = new byte[1];
        await stream.ReadExactlyAsync(one, cancellationToken);
        return one[0];
    }
}
