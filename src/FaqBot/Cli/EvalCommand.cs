using System.Text.Json;
using System.Text.Json.Serialization;
using FaqBot.Answers;
using FaqBot.Answers.Evaluation;

namespace FaqBot.Cli;

/// <summary>
/// <c>faqbot eval FILE [--json]</c>: runs a question set (the dev format or the MedQuAD format) through
/// the answer engine and prints what <see cref="Evaluator"/> measures, then each failure. Poor figures
/// are a result, not an error: the exit code is non-zero only for a usage or file error.
/// </summary>
internal static class EvalCommand
{
    private const string Name = "eval";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Name, args, ["--json"], []).ExpectPositionals(Name, 1, 1, "the question file");
        var path = arguments.Positionals[0];
        if (!File.Exists(path))
        {
            throw new UsageException($"question file not found: {path}");
        }

        QuestionSet questions;
        try
        {
            questions = QuestionSetLoader.Load(path);
        }
        catch (AnswersException e)
        {
            throw new UsageException(e.Message);
        }

        var configuration = context.LoadConfiguration();
        using var services = context.BuildServices(configuration);
        CommandContext.ResolveAnswerer(services);
        var evaluator = ActivatorUtilities.CreateInstance<Evaluator>(services);
        var progress = new ProgressReporter(context.Error);
        progress.Phase($"Evaluating {questions.Questions.Count:N0} questions from {path} ...");
        var report = evaluator.Evaluate(questions, new SynchronousProgress(done => progress.Report(done, questions.Questions.Count, "questions")));
        progress.Finish();

        context.Output.Write(arguments.Has("--json")
            ? JsonSerializer.Serialize(report, JsonOptions) + "\n"
            : EvaluationReportFormatter.Format(report));
        return ExitCodes.Success;
    }

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to the thread pool out of order.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
