using FaqBot.Answers.Composition;
using FaqBot.Rendering;

namespace FaqBot.Cli;

/// <summary><c>faqbot ask [--json] [--explain] [--locale LOCALE] QUESTION</c>: answers one question.</summary>
internal static class AskCommand
{
    private const string Name = "ask";

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Name, args, ["--json", "--explain"], ["--locale"]);
        // The words may come unquoted (faqbot ask can baclofen cause anxiety), so they are joined.
        var question = string.Join(' ', arguments.Positionals).Trim();
        if (question.Length == 0)
        {
            throw new UsageException($"{Name}: the question is missing");
        }

        var configuration = context.LoadConfiguration();
        using var services = context.BuildServices(configuration);
        var answerer = CommandContext.ResolveAnswerer(services);
        var answer = answerer.Answer(new UserQuestion(
            question, CommandContext.NewConversationId(), TerminalLocale.Resolve(arguments.Value("--locale"))));

        var explain = arguments.Has("--explain");
        if (arguments.Has("--json"))
        {
            context.Output.WriteLine(AnswerJsonWriter.ToJson(answer, includeExplanation: explain));
            return ExitCodes.Success;
        }

        context.Output.Write(AnswerTextRenderer.Render(answer, context.Emphasis));
        if (explain)
        {
            context.Output.WriteLine();
            context.Output.Write(ExplanationRenderer.Render(answer.Explanation));
        }

        return ExitCodes.Success;
    }
}
