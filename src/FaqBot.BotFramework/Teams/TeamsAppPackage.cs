using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FaqBot.BotFramework.Teams;

/// <summary>
/// Writes a Teams app package for sideloading: a zip with <c>manifest.json</c> (schema 1.22),
/// <c>color.png</c> (192×192) and <c>outline.png</c> (32×32, white on transparent) at its root.
/// </summary>
public static partial class TeamsAppPackage
{
    /// <summary>The manifest schema version written.</summary>
    public const string ManifestVersion = "1.22";

    private const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";

    /// <summary>Validates <paramref name="options"/> and writes the package to <paramref name="path"/> (overwriting it).</summary>
    /// <exception cref="ArgumentException">An option Teams would reject, with a message naming it.</exception>
    public static void WriteFile(TeamsAppPackageOptions options, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var manifest = CreateManifest(options);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Write(manifest, options, file);
    }

    /// <summary>Validates <paramref name="options"/> and writes the package to <paramref name="output"/>.</summary>
    public static void Write(TeamsAppPackageOptions options, Stream output) => Write(CreateManifest(options), options, output);

    /// <summary>The manifest JSON for <paramref name="options"/>.</summary>
    public static string CreateManifest(TeamsAppPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var scopes = new JsonArray("personal", "team", "groupChat");
        var domains = options.ValidDomains.Count > 0 ? options.ValidDomains : [new Uri(options.WebsiteUrl).Host];
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.Version,
            ["id"] = options.AppId,
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl,
                ["privacyUrl"] = options.PrivacyUrl ?? options.WebsiteUrl,
                ["termsOfUseUrl"] = options.TermsOfUseUrl ?? options.WebsiteUrl,
            },
            ["name"] = new JsonObject { ["short"] = options.Name, ["full"] = options.Name },
            ["description"] = new JsonObject { ["short"] = options.ShortDescription, ["full"] = options.FullDescription },
            ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
            ["accentColor"] = options.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = options.AppId,
                    ["scopes"] = scopes,
                    ["isNotificationOnly"] = false,
                    ["supportsFiles"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["scopes"] = scopes.DeepClone(),
                            ["commands"] = new JsonArray
                            {
                                new JsonObject { ["title"] = "help", ["description"] = "What I can answer and example questions" },
                            },
                        },
                    },
                },
            },
            ["validDomains"] = new JsonArray(domains.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void Write(string manifest, TeamsAppPackageOptions options, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest));
        Add(zip, "color.png", TeamsIcons.Color(options.AccentColor));
        Add(zip, "outline.png", TeamsIcons.Outline());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static void Validate(TeamsAppPackageOptions o)
    {
        // No parameter name: the message is shown to the CLI user as it is.
        Check(Guid.TryParse(o.AppId, out _), $"The app id '{o.AppId}' is not a GUID; use the bot's Microsoft App ID.");
        Check(o.Name.Trim().Length is > 0 and <= 30, "The name must be 1 to 30 characters.");
        Check(o.DeveloperName.Trim().Length is > 0 and <= 32, "The developer name must be 1 to 32 characters.");
        Check(o.ShortDescription.Length is > 0 and <= 80, "The short description must be 1 to 80 characters.");
        Check(o.FullDescription.Length is > 0 and <= 4000, "The full description must be 1 to 4000 characters.");
        Check(o.FullDescription != o.ShortDescription, "The short and full descriptions must differ.");
        Check(SemVer().IsMatch(o.Version), $"The version '{o.Version}' is not of the form 1.2.3.");
        Check(AccentColor().IsMatch(o.AccentColor), $"The accent colour '{o.AccentColor}' is not #rrggbb.");
        foreach (var url in new[] { o.WebsiteUrl, o.PrivacyUrl, o.TermsOfUseUrl }.OfType<string>())
        {
            Check(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, $"'{url}' is not an https URL.");
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex AccentColor();
}
