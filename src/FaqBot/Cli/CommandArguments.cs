namespace FaqBot.Cli;

/// <summary>
/// The arguments of one command, parsed against what that command accepts: flags (<c>--json</c>),
/// options with a value (<c>--out FILE</c> or <c>--out=FILE</c>) and positional words. Anything
/// unexpected is a <see cref="UsageException"/>; <c>--</c> makes the rest positional.
/// </summary>
internal sealed class CommandArguments
{
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CommandArguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    public static CommandArguments Parse(
        string command, IReadOnlyList<string> args, IReadOnlyCollection<string> flags, IReadOnlyCollection<string> valued)
    {
        var positionals = new List<string>();
        var result = new CommandArguments(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (flags.Contains(name) && equals < 0)
            {
                result.flags.Add(name);
            }
            else if (valued.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    value = "";
                }

                if (value.Length == 0)
                {
                    throw new UsageException($"{command}: {name} needs a value");
                }

                if (!result.values.TryAdd(name, value))
                {
                    throw new UsageException($"{command}: {name} is given twice");
                }
            }
            else if (flags.Contains(name))
            {
                throw new UsageException($"{command}: {name} takes no value");
            }
            else
            {
                throw new UsageException($"{command}: unknown option '{name}'");
            }
        }

        return result;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string? Value(string option) => values.GetValueOrDefault(option);

    /// <summary>The value of a required option.</summary>
    /// <exception cref="UsageException">It was not given.</exception>
    public string Required(string command, string option) =>
        Value(option) ?? throw new UsageException($"{command}: {option} is required");

    /// <summary>A positive whole-number option, or the fallback when absent.</summary>
    /// <exception cref="UsageException">The value is not a positive whole number.</exception>
    public int PositiveInt(string command, string option, int fallback)
    {
        var value = Value(option);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"{command}: {option} must be a positive whole number, not '{value}'");
    }

    /// <summary>Fails unless the number of positional words is within the given range.</summary>
    /// <exception cref="UsageException">Too few or too many.</exception>
    public CommandArguments ExpectPositionals(string command, int min, int max, string what)
    {
        if (Positionals.Count < min)
        {
            throw new UsageException($"{command}: {what} is missing");
        }

        if (Positionals.Count > max)
        {
            throw new UsageException($"{command}: unexpected argument '{Positionals[max]}'");
        }

        return this;
    }
}
