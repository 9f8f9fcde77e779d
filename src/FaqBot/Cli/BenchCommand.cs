using System.Diagnostics;
using FaqBot.Answers.Composition;
using FaqBot.Knowledge;
using Microsoft.Extensions.Options;

namespace FaqBot.Cli;

/// <summary>
/// <c>faqbot bench [--knowledge DIR] [--queries FILE] [--rounds N] [--json]</c>: times loading and indexing the
/// knowledge folder, then answering questions one at a time through the whole answer pipeline, and
/// reports the memory the index holds. Without <c>--queries</c>, article titles and section headings
/// are the questions. Each round asks every question once; by default there are enough rounds for
/// about a thousand timed answers.
/// </summary>
internal static class BenchCommand
{
    private const string Name = "bench";

    /// <summary>Enough timed answers for a stable p99 even from a small question file.</summary>
    private const int MinimumTimedAnswers = 1000;

    /// <summary>Untimed answers first, so the timings measure steady state rather than JIT compilation.</summary>
    private const int WarmUpAnswers = 50;

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Name, args, ["--json"], ["--queries", "--rounds"]).ExpectPositionals(Name, 0, 0, "");
        var questionFile = arguments.Value("--queries");
        var fileQuestions = questionFile is null ? null : QuestionFile.ReadQuestions(questionFile);
        int? rounds = arguments.Value("--rounds") is null ? null : arguments.PositiveInt(Name, "--rounds", 1);
        var progress = new ProgressReporter(context.Error);

        using var services = context.BuildServices(context.LoadConfiguration());
        var knowledgePath = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
        progress.Phase($"Loading and indexing {knowledgePath} ...");
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        KnowledgeBase knowledge;
        try
        {
            knowledge = services.GetRequiredService<KnowledgeBaseProvider>().Current;
        }
        catch (KnowledgeException e)
        {
            throw new CommandFailedException(e.Message, e);
        }

        var buildSeconds = clock.Elapsed.TotalSeconds;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var questions = fileQuestions ?? QuestionsFromHeadings(knowledge);
        var answerer = services.GetRequiredService<IQuestionAnswerer>();

        progress.Phase($"Warming up, then answering {questions.Count:N0} questions on one thread ...");
        for (var i = 0; i < Math.Min(WarmUpAnswers, questions.Count); i++)
        {
            Answer(answerer, questions[i]);
        }

        var roundCount = rounds ?? (int)Math.Ceiling((double)MinimumTimedAnswers / questions.Count);
        var total = roundCount * questions.Count;
        var timings = new List<double>(total);
        for (var round = 0; round < roundCount; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                Answer(answerer, question);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                progress.Report(timings.Count, total, "answers");
            }
        }

        progress.Finish();
        var result = new BenchResult
        {
            Knowledge = knowledgePath,
            IndexVersion = knowledge.Version,
            Articles = knowledge.Articles.Count,
            Passages = knowledge.Passages.Count,
            BuildSeconds = buildSeconds,
            IndexBytes = knowledge.Index.EstimatedBytes,
            ManagedHeapBytes = Math.Max(0, heapAfter - heapBefore),
            DistinctQuestions = questions.Count,
            TimingsMs = timings,
        };
        context.Output.Write(arguments.Has("--json") ? result.ToJson() + "\n" : result.ToText());
        return ExitCodes.Success;
    }

    // A fresh conversation per question: the bench measures answering, not context carried between questions.
    private static void Answer(IQuestionAnswerer answerer, string question) =>
        answerer.Answer(new UserQuestion(question, CommandContext.NewConversationId()));

    private static IReadOnlyList<string> QuestionsFromHeadings(KnowledgeBase knowledge)
    {
        var questions = knowledge.Articles.Select(article => article.Title)
            .Concat(knowledge.Passages.Select(passage => passage.Heading))
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return questions.Count > 0 ? questions : throw new CommandFailedException("the knowledge base has no titles or headings to ask about; give --queries FILE");
    }
}
