using System.Text.Json;

namespace FaqBot.Answers.Evaluation;

/// <summary>
/// Reads question sets (JSON Lines). The format is decided by the first question: a <c>kind</c> field
/// means the dev format, an <c>article</c> field the MedQuAD format. Every problem is reported as an
/// <see cref="AnswersException"/> naming the file and line.
/// </summary>
public static class QuestionSetLoader
{
    /// <summary>The kinds a dev-format question may have.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["answerable", "out_of_scope", "emergency", "chitchat", "dosing_personal"];

    /// <summary>Loads <paramref name="path"/>.</summary>
    public static QuestionSet Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new AnswersException($"Cannot read question file '{path}': {e.Message}", e);
        }

        QuestionSetFormat? format = null;
        var questions = new List<EvalQuestion>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{path}:{i + 1}";
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new AnswersException($"{where}: expected a JSON object.");
                }

                var lineFormat = root.TryGetProperty("kind", out _) ? QuestionSetFormat.DevSet
                    : root.TryGetProperty("article", out _) ? QuestionSetFormat.MedQuad
                    : throw new AnswersException($"{where}: neither a 'kind' (dev format) nor an 'article' (MedQuAD format) field.");
                format ??= lineFormat;
                if (format != lineFormat)
                {
                    throw new AnswersException($"{where}: this line is in the {lineFormat} format but the file started in the {format} format.");
                }

                questions.Add(lineFormat == QuestionSetFormat.DevSet ? ReadDev(root, where) : ReadMedQuad(root, where));
            }
            catch (JsonException e)
            {
                throw new AnswersException($"{where}: not valid JSON ({e.Message}).", e);
            }
        }

        if (questions.Count == 0)
        {
            throw new AnswersException($"{path}: no questions in the file.");
        }

        return new QuestionSet(path, format!.Value, questions);
    }

    private static EvalQuestion ReadDev(JsonElement root, string where)
    {
        var kind = RequiredString(root, "kind", where);
        if (!Kinds.Contains(kind))
        {
            throw new AnswersException($"{where}: unknown kind '{kind}' (expected one of {string.Join(", ", Kinds)}).");
        }

        return new EvalQuestion
        {
            Id = RequiredString(root, "id", where),
            Kind = kind,
            Question = RequiredString(root, "question", where),
            ExpectSeeds = StringList(root, "expect_seed", where),
            ExpectPhrases = StringList(root, "expect_phrases", where),
        };
    }

    private static EvalQuestion ReadMedQuad(JsonElement root, string where)
    {
        var articles = new List<string> { ArticleId(RequiredString(root, "article", where)) };
        articles.AddRange(StringList(root, "also_in", where).Select(ArticleId));
        return new EvalQuestion
        {
            Id = RequiredString(root, "id", where),
            Kind = "answerable",
            Question = RequiredString(root, "question", where),
            ExpectArticles = articles,
            ExpectHeading = RequiredString(root, "heading", where),
        };
    }

    // Article ids are paths under the knowledge folder without the extension, with '/' separators.
    private static string ArticleId(string path)
    {
        var id = path.Replace('\\', '/');
        return id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? id[..^3] : id;
    }

    private static string RequiredString(JsonElement root, string name, string where) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            ? text
            : throw new AnswersException($"{where}: field '{name}' must be a string.");

    private static List<string> StringList(JsonElement root, string name, string where)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new AnswersException($"{where}: field '{name}' must be a list of strings.");
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }
}
