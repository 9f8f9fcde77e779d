using FaqBot.Cli;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace FaqBot.Configuration;

/// <summary>
/// Composes FaqBot's configuration the same way for the web server and the commands: the located
/// settings file, then environment variables (and, for the server, <c>ASPNETCORE_*</c> variables and the
/// command line) on top, then the
/// <c>--knowledge</c> override. Relative paths in settings are resolved against the settings file's folder,
/// so they mean the same thing whatever the current directory is.
/// </summary>
internal static class FaqBotConfigurationExtensions
{
    private const string KnowledgePathKey = "Knowledge:Path";

    // Settings that name files or folders; the owners' option classes take them as given, so they are
    // made absolute here, once, in the composition root.
    private static readonly Dictionary<string, string?> PathKeys = new()
    {
        [KnowledgePathKey] = "knowledge",
        ["Feedback:Path"] = null,
        ["Feedback:UnansweredPath"] = null,
    };

    /// <summary>
    /// For the web host: puts the located settings file where ASP.NET Core's default <c>appsettings.json</c>
    /// source sits, so environment variables, <c>--urls</c> and the rest of the command line still win.
    /// </summary>
    public static ConfigurationManager AddFaqBotSettings(this ConfigurationManager configuration, GlobalOptions options)
    {
        var settingsFile = SettingsFile.Locate(options.ConfigFile);
        if (settingsFile is not null)
        {
            var source = new JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(settingsFile)!),
                Path = Path.GetFileName(settingsFile),
                Optional = false,
                ReloadOnChange = true,
            };
            var defaultIndex = IndexOfDefaultSettings(configuration.Sources);
            if (defaultIndex >= 0)
            {
                configuration.Sources[defaultIndex] = source;
            }
            else
            {
                configuration.Sources.Insert(0, source);
            }
        }

        PutPrefixedEnvironmentAboveFiles(configuration.Sources);
        var baseDirectory = BaseDirectory(settingsFile);
        configuration.AddInMemoryCollection(PathOverrides(configuration, baseDirectory, options.KnowledgeDirectory));
        return configuration;
    }

    /// <summary>For the commands: settings file, environment variables, overrides. No file watching.</summary>
    /// <exception cref="UsageException">The settings file is missing or not valid JSON, or the knowledge folder is missing.</exception>
    public static IConfigurationRoot BuildForCommand(GlobalOptions options)
    {
        var settingsFile = SettingsFile.Locate(options.ConfigFile);
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            builder.AddJsonFile(new PhysicalFileProvider(Path.GetDirectoryName(settingsFile)!), Path.GetFileName(settingsFile), optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables();
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"settings file {settingsFile} is not valid: {e.InnerException?.Message ?? e.Message}");
        }

        var overrides = PathOverrides(root, BaseDirectory(settingsFile), options.KnowledgeDirectory);
        // A command runs once and exits: watching the knowledge folder would only cost start-up time.
        overrides["Knowledge:Watch"] = "false";
        builder.AddInMemoryCollection(overrides);
        return builder.Build();
    }

    /// <summary>Checks that the folder given with <c>--knowledge</c> exists.</summary>
    /// <exception cref="UsageException">It does not.</exception>
    public static void Validate(GlobalOptions options)
    {
        SettingsFile.Locate(options.ConfigFile);
        if (options.KnowledgeDirectory is not null && !Directory.Exists(options.KnowledgeDirectory))
        {
            throw new UsageException($"knowledge folder not found: {options.KnowledgeDirectory}");
        }
    }

    private static string BaseDirectory(string? settingsFile) =>
        settingsFile is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(settingsFile)!;

    private static Dictionary<string, string?> PathOverrides(IConfiguration current, string baseDirectory, string? knowledgeDirectory)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var (key, fallback) in PathKeys)
        {
            var value = current[key];
            value = string.IsNullOrWhiteSpace(value) ? fallback : value;
            if (value is not null)
            {
                overrides[key] = Path.GetFullPath(value, baseDirectory);
            }
        }

        if (knowledgeDirectory is not null)
        {
            // A folder named on the command line is relative to where the user typed it.
            overrides[KnowledgePathKey] = Path.GetFullPath(knowledgeDirectory);
        }

        return overrides;
    }

    /// <summary>
    /// ASP.NET Core reads <c>ASPNETCORE_*</c> variables before the settings files, so <c>Urls</c> in
    /// appsettings.json would beat <c>ASPNETCORE_URLS</c>. Reading them again just below the plain
    /// environment variables makes every environment variable win over the files, as people expect.
    /// </summary>
    private static void PutPrefixedEnvironmentAboveFiles(IList<IConfigurationSource> sources)
    {
        var prefixed = new EnvironmentVariablesConfigurationSource { Prefix = "ASPNETCORE_" };
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                sources.Insert(i, prefixed);
                return;
            }
        }

        sources.Add(prefixed);
    }

    private static int IndexOfDefaultSettings(IList<IConfigurationSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: SettingsFile.DefaultName })
            {
                return i;
            }
        }

        return -1;
    }
}
