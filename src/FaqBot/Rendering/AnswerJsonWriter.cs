using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaqBot.Answers.Composition;

namespace FaqBot.Rendering;

/// <summary>
/// Writes an <see cref="Answer"/> as the one JSON object of <c>ask --json</c>. The shape is a public
/// contract for scripts, so every property is written explicitly (snake_case) rather than left to a serializer.
/// </summary>
internal static class AnswerJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Excerpts quote articles verbatim (curly quotes, dashes): keep them readable, not \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(Answer answer, bool includeExplanation)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(json, answer, includeExplanation);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, Answer answer, bool includeExplanation)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindName(answer.Kind));
        json.WriteString("text", AnswerTextRenderer.Render(answer, EmphasisStyle.None).TrimEnd('\n'));
        WriteStrings(json, "lead", answer.Lead);
        json.WriteString("interpreted_as", answer.InterpretedAs);
        json.WriteStartArray("excerpts");
        foreach (var excerpt in answer.Excerpts)
        {
            WriteExcerpt(json, excerpt);
        }

        json.WriteEndArray();
        json.WriteString("disclaimer", answer.Disclaimer);
        WriteStrings(json, "suggestions", answer.Suggestions);
        if (includeExplanation)
        {
            WriteExplanation(json, answer.Explanation);
        }

        json.WriteEndObject();
    }

    /// <summary>The snake_case name of a kind; spelled out because <c>ChitChat</c> is "chitchat", not "chit_chat".</summary>
    internal static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.LowConfidence => "low_confidence",
        AnswerKind.NoAnswer => "no_answer",
        AnswerKind.Emergency => "emergency",
        AnswerKind.Dosing => "dosing",
        AnswerKind.ChitChat => "chitchat",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown answer kind"),
    };

    private static void WriteExcerpt(Utf8JsonWriter json, Excerpt excerpt)
    {
        json.WriteStartObject();
        json.WriteString("text", excerpt.Text);
        json.WriteStartObject("article");
        json.WriteString("id", excerpt.ArticleId);
        json.WriteString("title", excerpt.ArticleTitle);
        json.WriteString("origin", excerpt.ArticleOrigin);
        json.WriteString("source", excerpt.ArticleSource);
        json.WriteString("reviewed", excerpt.Reviewed);
        json.WriteEndObject();
        json.WriteString("section", excerpt.Section);
        json.WriteString("link", excerpt.Link);
        json.WriteNumber("score", Math.Round(excerpt.Score, 4));
        json.WriteStartArray("highlights");
        foreach (var span in excerpt.Highlights)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, AnswerExplanation? explanation)
    {
        if (explanation is null)
        {
            json.WriteNull("explanation");
            return;
        }

        json.WriteStartObject("explanation");
        json.WriteString("index_version", explanation.IndexVersion);
        json.WriteString("query", explanation.Query);
        WriteStrings(json, "analyzed_terms", explanation.AnalyzedTerms);
        WriteStrings(json, "notes", explanation.Notes);
        json.WriteStartArray("hits");
        foreach (var hit in explanation.Hits)
        {
            json.WriteStartObject();
            json.WriteString("passage_id", hit.PassageId);
            json.WriteNumber("score", Math.Round(hit.Score, 4));
            WriteStrings(json, "matches", hit.Matches);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
