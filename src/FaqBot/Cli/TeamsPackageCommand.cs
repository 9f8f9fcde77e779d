using FaqBot.BotFramework.Teams;

namespace FaqBot.Cli;

/// <summary>
/// <c>faqbot teams-package --app-id ID [--name NAME] [--version X.Y.Z] [--developer NAME] [--website URL] --out FILE.zip</c>:
/// writes a Teams app package (manifest and the two icons) ready for sideloading.
/// </summary>
internal static class TeamsPackageCommand
{
    private const string Name = "teams-package";

    public static int Run(CommandContext context, IReadOnlyList<string> args)
    {
        var arguments = CommandArguments
            .Parse(Name, args, [], ["--app-id", "--name", "--version", "--developer", "--website", "--out"])
            .ExpectPositionals(Name, 0, 0, "");
        var defaults = new TeamsAppPackageOptions { AppId = arguments.Required(Name, "--app-id") };
        var options = defaults with
        {
            Name = arguments.Value("--name") ?? defaults.Name,
            Version = arguments.Value("--version") ?? defaults.Version,
            DeveloperName = arguments.Value("--developer") ?? defaults.DeveloperName,
            WebsiteUrl = arguments.Value("--website") ?? defaults.WebsiteUrl,
        };
        var output = arguments.Required(Name, "--out");

        try
        {
            TeamsAppPackage.WriteFile(options, output);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{Name}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{Name}: cannot write {output}: {e.Message}");
        }

        context.Output.WriteLine($"Wrote {Path.GetFullPath(output)} (Teams manifest {TeamsAppPackage.ManifestVersion}, app id {options.AppId}).");
        context.Output.WriteLine("Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.");
        return ExitCodes.Success;
    }
}
