using FaqBot.Answers.Composition;
using FaqBot.Rendering;

namespace FaqBot.Cli;

/// <summary>
/// <c>faqbot chat</c>: a conversation in the terminal with the same context rules as the bot channels
/// ("tell me more", follow-ups). <c>exit</c>, <c>quit</c> or end of input (Ctrl-D) ends it.
/// </summary>
internal static class ChatCommand
{
    private const string Name = "chat";
    private const string Prompt = "> ";

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments.Parse(Name, args, [], ["--locale"]).ExpectPositionals(Name, 0, 0, "");
        var locale = TerminalLocale.Resolve(arguments.Value("--locale"));
        var configuration = context.LoadConfiguration();
        using var services = context.BuildServices(configuration);
        var answerer = CommandContext.ResolveAnswerer(services);
        var conversationId = CommandContext.NewConversationId();
        var output = context.Output;

        output.Write(AnswerTextRenderer.Render(answerer.Welcome(locale), context.Emphasis));
        output.WriteLine("(Type 'exit' or press Ctrl-D to leave.)");
        while (true)
        {
            output.WriteLine();
            if (context.InputIsTerminal)
            {
                output.Write(Prompt);
            }

            var line = context.Input.ReadLine();
            if (line is null)
            {
                break;
            }

            var message = line.Trim();
            if (!context.InputIsTerminal)
            {
                // Piped input is not echoed by a terminal; show it so the transcript reads as a conversation.
                output.WriteLine(Prompt + message);
            }

            if (message.Length == 0)
            {
                continue;
            }

            if (message.Equals("exit", StringComparison.OrdinalIgnoreCase) || message.Equals("quit", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            var answer = answerer.Answer(new UserQuestion(message, conversationId, locale));
            output.Write(AnswerTextRenderer.Render(answer, context.Emphasis));
        }

        return ExitCodes.Success;
    }
}
