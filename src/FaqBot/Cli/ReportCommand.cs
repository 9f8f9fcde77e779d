using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaqBot.Answers.Feedback;
using FaqBot.Redis;
using StackExchange.Redis;

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
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>() ?? new StateOptions();
        FeedbackReport report;
        try
        {
            report = state.UsesRedis ? LoadFromRedis(configuration, top) : FeedbackReport.Load(options, top);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RedisException)
        {
            throw new CommandFailedException($"cannot read the feedback logs: {e.Message}", e);
        }

        if (arguments.Has("--json"))
        {
            context.Output.WriteLine(ToJson(report, options, state));
        }
        else
        {
            report.WriteTo(context.Output);
        }

        return ExitCodes.Success;
    }

    /// <summary>With State:Redis set the instances write their records to Redis, so the report reads them there.</summary>
    private static FeedbackReport LoadFromRedis(IConfiguration configuration, int top)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName));
        services.AddSingleton<RedisConnection>();
        using var provider = services.BuildServiceProvider();
        var connection = provider.GetRequiredService<RedisConnection>();
        if (!connection.IsConnected)
        {
            throw new IOException($"Redis at {connection.Endpoint} (State:Redis) is unreachable");
        }

        return FeedbackReport.LoadAsync(RedisStateExtensions.FeedbackLog(provider), RedisStateExtensions.UnansweredLog(provider), top)
            .GetAwaiter().GetResult();
    }

    private static string ToJson(FeedbackReport report, FeedbackOptions options, StateOptions state)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("feedback_path", state.UsesRedis ? state.KeyPrefix + "feedback" : Path.GetFullPath(options.Path));
            json.WriteString("unanswered_path", state.UsesRedis ? state.KeyPrefix + "unanswered" : Path.GetFullPath(options.UnansweredPath));
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
