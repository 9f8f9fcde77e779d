using System.Text.Json;

namespace FaqBot.Search.Bench;

/// <summary>Reads a JSON Lines file into records, naming the file and line of anything malformed.</summary>
internal static class JsonLinesFile
{
    /// <param name="path">The file; blank lines are skipped.</param>
    /// <param name="isComplete">False for a record that lacks a field the commands need.</param>
    /// <param name="expected">What a line must hold, for the error message.</param>
    /// <exception cref="InvalidDataException">A line is not JSON or not a complete record.</exception>
    public static List<T> Read<T>(string path, Func<T, bool> isComplete, string expected)
    {
        var records = new List<T>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T? record;
            try
            {
                record = JsonSerializer.Deserialize<T>(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not JSON ({e.Message})", e);
            }

            if (record is null || !isComplete(record))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected {expected}");
            }

            records.Add(record);
        }

        return records;
    }
}
