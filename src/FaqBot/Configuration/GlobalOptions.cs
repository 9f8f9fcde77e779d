using FaqBot.Cli;

namespace FaqBot.Configuration;

/// <summary>
/// The options every mode understands (<c>--config FILE</c>, <c>--knowledge DIR</c>), taken out of the
/// argument list so the rest can go to a command or to the web host.
/// </summary>
internal sealed record GlobalOptions(string? ConfigFile, string? KnowledgeDirectory, IReadOnlyList<string> Remaining)
{
    private const string ConfigOption = "--config";
    private const string KnowledgeOption = "--knowledge";

    /// <summary>Splits the global options from the other arguments; <c>--name=value</c> is accepted too.</summary>
    /// <exception cref="UsageException">An option is missing its value or is given twice.</exception>
    public static GlobalOptions Extract(IReadOnlyList<string> args)
    {
        string? config = null;
        string? knowledge = null;
        var remaining = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after "--" is literal text (a question may start with a dash).
                remaining.AddRange(args.Skip(i));
                break;
            }

            if (TryTake(args, ref i, ConfigOption, out var value))
            {
                config = config is null ? value : throw new UsageException($"{ConfigOption} is given twice");
            }
            else if (TryTake(args, ref i, KnowledgeOption, out value))
            {
                knowledge = knowledge is null ? value : throw new UsageException($"{KnowledgeOption} is given twice");
            }
            else
            {
                remaining.Add(arg);
            }
        }

        return new GlobalOptions(config, knowledge, remaining);
    }

    private static bool TryTake(IReadOnlyList<string> args, ref int index, string name, out string value)
    {
        var arg = args[index];
        if (arg.StartsWith(name + "=", StringComparison.Ordinal))
        {
            value = arg[(name.Length + 1)..];
        }
        else if (arg == name)
        {
            if (index + 1 >= args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"{name} needs a value");
            }

            value = args[++index];
        }
        else
        {
            value = "";
            return false;
        }

        return value.Length > 0 ? true : throw new UsageException($"{name} needs a value");
    }
}
