using System.Globalization;

namespace FaqBot.Search.Bench;

/// <summary>
/// The options after a command's two paths, checked strictly: a mistyped option or a bad number must
/// fail rather than silently measure something other than what was asked for.
/// </summary>
internal sealed class BenchArguments
{
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> positionals = [];

    private BenchArguments()
    {
    }

    public IReadOnlyList<string> Positionals => positionals;

    /// <exception cref="FormatException">An unknown option, a missing or non-positive number, or too many paths.</exception>
    public static BenchArguments Parse(string[] args, string[] knownFlags, string[] numberOptions, int maxPositionals)
    {
        var parsed = new BenchArguments();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (knownFlags.Contains(arg))
            {
                parsed.flags.Add(arg);
            }
            else if (numberOptions.Contains(arg))
            {
                string? value = i + 1 < args.Length ? args[++i] : null;
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number <= 0)
                {
                    throw new FormatException($"{arg} needs a positive whole number, not '{value}'");
                }

                parsed.numbers[arg] = number;
            }
            else if (arg.StartsWith('-') || parsed.positionals.Count >= maxPositionals)
            {
                throw new FormatException($"unexpected argument '{arg}'");
            }
            else
            {
                parsed.positionals.Add(arg);
            }
        }

        return parsed;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public int Number(string option, int fallback) => numbers.GetValueOrDefault(option, fallback);
}
