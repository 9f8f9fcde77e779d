using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaqBot.Answers.Feedback;

namespace FaqBot.Cli;

/// <summary>
/// <c>faqbot report [--top N] [--json]</c>: what content authors should look at, from the feedback and
/// unanswered logs (Feedback:Path, Feedback:UnansweredPath): the most frequent unanswered questions and
/// the helpful/unhelpful ratings per article.
/// </summary>
internal static class ReportCommand
{
    private const string Name = "report";

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Name, args, ["--json"], ["--top"]).ExpectPositionals(Name, 0, 0, "");
        var top = arguments.PositiveInt(Name, "--top", 10);
        var configuration = context.LoadConfiguration();
        var options = configuration.GetSection(FeedbackOptions.SectionName).Get<FeedbackOptions>() ?? new FeedbackOptions();
        FeedbackReport report;
        try
        {
            report = FeedbackReport.Load(options, top);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"cannot read the feedback logs: {e.Message}", e);
        }

        if (arguments.Has("--json"))
        {
            context.Output.WriteLine(ToJson(report, options));
        }
        else
        {
            report.WriteTo(context.Output);
        }

        return ExitCodes.Success;
    }

    private static string ToJson(FeedbackReport report, FeedbackOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("feedback_path", Path.GetFullPath(options.Path));
            json.WriteString("unanswered_path", Path.GetFullPath(options.UnansweredPath));
            json.WriteNumber("total_feedback", report.TotalFeedback);
            json.WriteNumber("total_unanswered", report.TotalUnanswered);
            json.WriteNumber("skipped_lines", report.SkippedLines);
            json.WriteStartArray("top_unanswered");
            foreach (var question in report.TopUnanswered)
            {
                json.WriteStartObject();
                json.WriteString("question", question.Question);
                json.WriteNumber("count", question.Count);
                json.WriteString("last_asked", question.LastAsked);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
            {
                json.WriteStartObject();
                json.WriteString("article_id", article.ArticleId);
                json.WriteNumber("helpful", article.Helpful);
                json.WriteNumber("unhelpful", article.Unhelpful);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
