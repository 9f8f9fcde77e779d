namespace FaqBot.Cli;

/// <summary>
/// The locale a terminal user is in, which decides the emergency numbers in urgent replies:
/// <c>--locale</c> when given, else the POSIX locale variables (<c>en_GB.UTF-8</c> becomes <c>en-GB</c>).
/// </summary>
internal static class TerminalLocale
{
    public static string? Resolve(string? explicitLocale)
    {
        if (explicitLocale is not null)
        {
            return explicitLocale;
        }

        foreach (var variable in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var name = value.Split('.', '@')[0];
            return name is "C" or "POSIX" ? null : name.Replace('_', '-');
        }

        return null;
    }
}
