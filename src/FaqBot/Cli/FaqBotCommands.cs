using FaqBot.Configuration;
using Microsoft.Extensions.Options;

namespace FaqBot.Cli;

/// <summary>
/// Dispatches the command line: a first argument naming a command runs that command and exits; no
/// command (or only host options such as <c>--urls</c>) leaves the arguments to the web server.
/// </summary>
internal static class FaqBotCommands
{
    private static readonly Dictionary<string, Func<CommandContext, IReadOnlyList<string>, int>> Commands =
        new(StringComparer.Ordinal)
        {
            ["ask"] = AskCommand.Run,
            ["chat"] = ChatCommand.Run,
            ["eval"] = EvalCommand.Run,
            ["bench"] = BenchCommand.Run,
            ["report"] = ReportCommand.Run,
            ["teams-package"] = TeamsPackageCommand.Run,
        };

    /// <summary>
    /// True when the arguments are for a command (or are wrong, which the command line reports);
    /// false when they start the web server.
    /// </summary>
    public static bool Handles(IReadOnlyList<string> args)
    {
        try
        {
            var options = GlobalOptions.Extract(args);
            FaqBotConfigurationExtensions.Validate(options);
            if (options.Remaining.Count == 0)
            {
                return false;
            }

            if (IsHelp(options.Remaining[0]) || !options.Remaining[0].StartsWith('-'))
            {
                return true;
            }

            HostArguments.Validate(options.Remaining);
            return false;
        }
        catch (UsageException)
        {
            return true;
        }
    }

    public static int Run(IReadOnlyList<string> args) => Run(args, Console.In, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            var options = GlobalOptions.Extract(args);
            FaqBotConfigurationExtensions.Validate(options);
            if (options.Remaining.Count == 0 || IsHelp(options.Remaining[0]))
            {
                output.Write(Usage.Text);
                return ExitCodes.Success;
            }

            var name = options.Remaining[0];
            if (name.StartsWith('-'))
            {
                HostArguments.Validate(options.Remaining);
            }

            if (!Commands.TryGetValue(name, out var command))
            {
                throw new UsageException($"unknown command '{name}'");
            }

            // "faqbot ask --help" asks for usage, not an answer; the word "help" alone stays a question.
            if (options.Remaining.Skip(1).Any(arg => arg is "--help" or "-h"))
            {
                output.Write(Usage.Text);
                return ExitCodes.Success;
            }

            return command(new CommandContext(options, input, output, error), [.. options.Remaining.Skip(1)]);
        }
        catch (UsageException e)
        {
            error.WriteLine($"faqbot: {e.Message}");
            error.Write(Usage.Text);
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException e)
        {
            // A bad value in the settings is a bad input like a bad argument; the message names the key.
            error.WriteLine($"faqbot: invalid setting: {e.Message}");
            error.Write(Usage.Text);
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            error.WriteLine($"faqbot: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static bool IsHelp(string arg) => arg is "help" or "--help" or "-h" or "-?";
}
