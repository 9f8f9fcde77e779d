using System.IO.Compression;
using System.Text.Json;

namespace FaqBot.Tests.Commands;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Writes_a_zip_with_the_manifest_and_both_icons()
    {
        var result = await FaqBotProcess.RunAsync(
            ["teams-package", "--app-id", AppId, "--name", "Health FAQ", "--out", "out/faqbot-teams.zip"], workspace.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
        var zipPath = Path.Combine(workspace.Root, "out", "faqbot-teams.zip");
        Assert.Contains(zipPath, result.Stdout, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        using var manifest = JsonDocument.Parse(manifestStream);
        Assert.Equal(AppId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(AppId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("Health FAQ", manifest.RootElement.GetProperty("name").GetProperty("short").GetString());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var stream = zip.GetEntry(icon)!.Open();
            var signature = new byte[8];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        }
    }

    [Fact]
    public async Task Rejects_an_app_id_that_is_not_a_guid_with_exit_code_2()
    {
        var result = await FaqBotProcess.RunAsync(["teams-package", "--app-id", "not-a-guid", "--out", "app.zip"], workspace.Root);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("not-a-guid", result.Stderr.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workspace.Root, "app.zip")));
    }

    public void Dispose() => workspace.Dispose();
}
