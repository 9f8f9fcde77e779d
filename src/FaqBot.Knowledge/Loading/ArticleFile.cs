namespace FaqBot.Knowledge.Loading;

/// <summary>One article file found under the knowledge folder.</summary>
/// <param name="Id">Relative path without extension, '/' separators.</param>
/// <param name="RelativePath">Relative path with extension, '/' separators.</param>
/// <param name="FullPath">Absolute path.</param>
internal sealed record ArticleFile(string Id, string RelativePath, string FullPath)
{
    /// <summary>Every <c>*.md</c> under <paramref name="root"/>, in ordinal id order, skipping README.md files,
    /// hidden files and folders (editor and VCS droppings). Of two files with one id (<c>a.md</c> and <c>a.MD</c>)
    /// the one spelled <c>.md</c> (else the first in ordinal order) loads and the other is reported in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<ArticleFile> FindAll(string root, List<LoadProblem> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = Directory.EnumerateFiles(root, "*.md", options)
            .Select(path => (path, relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(file => !file.relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(file => !string.Equals(Path.GetFileName(file.path), "README.md", StringComparison.OrdinalIgnoreCase))
            .Select(file => new ArticleFile(file.relative[..^Path.GetExtension(file.relative).Length], file.relative, file.path))
            .OrderBy(file => file.Id, StringComparer.Ordinal)
            .ThenBy(file => !file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .ThenBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();
        var unique = new List<ArticleFile>(files.Count);
        foreach (var file in files)
        {
            if (unique.Count > 0 && unique[^1].Id == file.Id)
            {
                problems.Add(new LoadProblem(file.RelativePath, 1, $"another file, {unique[^1].RelativePath}, has the same article id '{file.Id}'; this one is skipped"));
            }
            else
            {
                unique.Add(file);
            }
        }

        return unique;
    }
}
