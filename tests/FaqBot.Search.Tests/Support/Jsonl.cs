using System.Text.Json;

namespace FaqBot.Search.Tests.Support;

/// <summary>Reads the JSON-lines files under Data/ (copied next to the test assembly).</summary>
internal static class Jsonl
{
    public static List<JsonElement> Read(string relativePath) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", relativePath))
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    public static string Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
}
