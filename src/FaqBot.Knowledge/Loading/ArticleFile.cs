namespace FaqBot.Knowledge.Loading;

/// <summary>One article file found under the knowledge folder.</summary>
/// <param name="Id">Relative path without extension, '/' separators.</param>
/// <param name="RelativePath">Relative path with extension, '/' separators.</param>
/// <param name="FullPath">Absolute path.</param>
internal sealed record ArticleFile(string Id, string RelativePath, string FullPath)
{
    /// <summary>Every <c>*.md</c> under <paramref name="root"/>, in ordinal id order, skipping README.md files,
    /// hidden files and folders (editor and VCS droppings).</summary>
    public static IReadOnlyList<ArticleFile> FindAll(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(root, "*.md", options)
            .Select(path => (path, relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(file => !file.relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(file => !string.Equals(Path.GetFileName(file.path), "README.md", StringComparison.OrdinalIgnoreCase))
            .Select(file => new ArticleFile(file.relative[..^Path.GetExtension(file.relative).Length], file.relative, file.path))
            .OrderBy(file => file.Id, StringComparer.Ordinal)
            .ToList();
    }
}
