using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FaqBot.BotFramework.Teams;

namespace FaqBot.BotFramework.Tests.Teams;

/// <summary>The sideloading zip: manifest fields Teams checks and two valid PNG icons.</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "6a3c1e52-9a8e-4d43-a4a3-1f2b7c9d0e11";

    [Fact]
    public void Package_holds_the_manifest_and_both_icons_at_its_root()
    {
        using var zip = Package(new TeamsAppPackageOptions { AppId = AppId });

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Manifest_names_the_bot_scopes_and_schema()
    {
        using var zip = Package(new TeamsAppPackageOptions { AppId = AppId, Name = "Health FAQ", WebsiteUrl = "https://faq.example.org/about" });
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var root = manifest.RootElement;

        Assert.Equal("1.22", root.GetProperty("manifestVersion").GetString());
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal("Health FAQ", root.GetProperty("name").GetProperty("short").GetString());
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["faq.example.org"], root.GetProperty("validDomains").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.NotEqual(
            root.GetProperty("description").GetProperty("short").GetString(),
            root.GetProperty("description").GetProperty("full").GetString());
    }

    [Fact]
    public void Color_icon_is_an_opaque_192_pixel_png()
    {
        using var zip = Package(new TeamsAppPackageOptions { AppId = AppId, AccentColor = "#102030" });

        var (width, height, pixels) = DecodePng(ReadBytes(zip, "color.png"));

        Assert.Equal((192, 192), (width, height));
        Assert.All(Pixels(pixels), p => Assert.Equal(255, p.A));
        Assert.Contains(Pixels(pixels), p => p is { R: 0x10, G: 0x20, B: 0x30 });
        Assert.Contains(Pixels(pixels), p => p is { R: 255, G: 255, B: 255 });
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent_at_32_pixels()
    {
        using var zip = Package(new TeamsAppPackageOptions { AppId = AppId });

        var (width, height, pixels) = DecodePng(ReadBytes(zip, "outline.png"));

        Assert.Equal((32, 32), (width, height));
        Assert.All(Pixels(pixels), p => Assert.True(p.A == 0 || (p.A == 255 && p is { R: 255, G: 255, B: 255 })));
        Assert.Contains(Pixels(pixels), p => p.A == 255);
        Assert.Contains(Pixels(pixels), p => p.A == 0);
    }

    [Theory]
    [InlineData("not-a-guid", "FAQ Bot", "#2E7D74", "GUID")]
    [InlineData(AppId, "A name that is much too long for Teams", "#2E7D74", "30 characters")]
    [InlineData(AppId, "FAQ Bot", "teal", "#rrggbb")]
    public void Options_teams_would_reject_are_refused_with_a_message(string appId, string name, string color, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TeamsAppPackage.CreateManifest(new TeamsAppPackageOptions { AppId = appId, Name = name, AccentColor = color }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_developer_name_longer_than_the_schema_allows_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TeamsAppPackage.CreateManifest(
            new TeamsAppPackageOptions { AppId = AppId, DeveloperName = new string('d', 33) }));

        Assert.Contains("32 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_file_creates_the_zip_on_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), "faqbot-teams-" + Guid.NewGuid().ToString("N"), "app.zip");
        try
        {
            TeamsAppPackage.WriteFile(new TeamsAppPackageOptions { AppId = AppId }, path);

            using var zip = ZipFile.OpenRead(path);
            Assert.Equal(3, zip.Entries.Count);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Png_crc_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, PngEncoder.Crc32("123456789"u8));
        Assert.Equal(0xAE426082u, PngEncoder.Crc32("IEND"u8));
    }

    private static ZipArchive Package(TeamsAppPackageOptions options)
    {
        var stream = new MemoryStream();
        TeamsAppPackage.Write(options, stream);
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static string Read(ZipArchive zip, string name) => Encoding.UTF8.GetString(ReadBytes(zip, name));

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A strict reader for what the encoder writes: checks signature, chunk CRCs and filter bytes.</summary>
    private static (int Width, int Height, byte[] Rgba) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var position = 8;
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        var chunks = new List<string>();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(PngEncoder.Crc32(png.AsSpan(position + 4, length + 4)), crc);
            chunks.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(new byte[] { 8, 6, 0, 0, 0 }, data[8..].ToArray());
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            position += 12 + length;
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        Assert.Equal(height * (1 + (width * 4)), bytes.Length);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, bytes[y * (1 + (width * 4))]);
            Array.Copy(bytes, (y * (1 + (width * 4))) + 1, rgba, y * width * 4, width * 4);
        }

        return (width, height, rgba);
    }

    private static List<(byte R, byte G, byte B, byte A)> Pixels(byte[] rgba) =>
        Enumerable.Range(0, rgba.Length / 4).Select(i => (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3])).ToList();
}
