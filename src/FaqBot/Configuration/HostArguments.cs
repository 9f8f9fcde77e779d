using FaqBot.Cli;

namespace FaqBot.Configuration;

/// <summary>
/// Checks the arguments left for the web host. ASP.NET Core reads them as <c>--key value</c> or
/// <c>--key=value</c> settings and silently ignores anything else, so a mistyped command-line option
/// would start the server unnoticed; here it is a usage error instead.
/// </summary>
internal static class HostArguments
{
    /// <exception cref="UsageException">An argument is not a setting with a value.</exception>
    public static void Validate(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsOption(arg))
            {
                throw new UsageException($"unexpected argument '{arg}'");
            }

            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (i + 1 >= args.Count || IsOption(args[i + 1]))
            {
                throw new UsageException($"'{arg}' is not a command and has no value (server settings take one, e.g. --urls http://localhost:3978)");
            }

            i++;
        }
    }

    private static bool IsOption(string arg) => arg.Length > 1 && (arg[0] == '-' || arg[0] == '/');
}
