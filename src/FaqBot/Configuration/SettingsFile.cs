using FaqBot.Cli;

namespace FaqBot.Configuration;

/// <summary>
/// Finds the settings file: <c>--config FILE</c> when given, else the first <c>appsettings.json</c> found
/// searching upward from the current directory, then upward from the program's own folder. That way the
/// repository's settings are found from the repository root whether the program runs through
/// <c>dotnet run --project src/FaqBot</c> or as the built <c>faqbot</c>.
/// </summary>
internal static class SettingsFile
{
    public const string DefaultName = "appsettings.json";

    /// <summary>The full path of the settings file, or null when there is none (defaults in code apply).</summary>
    /// <exception cref="UsageException">An explicitly named file does not exist.</exception>
    public static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            var full = Path.GetFullPath(explicitPath);
            return File.Exists(full) ? full : throw new UsageException($"settings file not found: {explicitPath}");
        }

        return SearchUpward(Directory.GetCurrentDirectory()) ?? SearchUpward(AppContext.BaseDirectory);
    }

    private static string? SearchUpward(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
