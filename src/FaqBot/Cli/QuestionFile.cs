using System.Text.Json;

namespace FaqBot.Cli;

/// <summary>Reads the <c>question</c> field of every line of a JSON Lines question file.</summary>
internal static class QuestionFile
{
    /// <exception cref="UsageException">The file is missing, or a line is not an object with a <c>question</c> string.</exception>
    public static IReadOnlyList<string> ReadQuestions(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"question file not found: {path}");
        }

        var questions = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("question", out var question)
                    && question.ValueKind == JsonValueKind.String)
                {
                    questions.Add(question.GetString()!);
                    continue;
                }
            }
            catch (JsonException)
            {
                // Reported below with the line number, like a line without a question.
            }

            throw new UsageException($"{path} line {lineNumber}: expected a JSON object with a \"question\" string");
        }

        return questions.Count > 0 ? questions : throw new UsageException($"{path} holds no questions");
    }
}
