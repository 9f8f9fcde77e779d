using FaqBot.Knowledge.Articles;
using FaqBot.Knowledge.Passages;

namespace FaqBot.Knowledge.Loading;

/// <summary>Reads and splits every article file, in parallel, collecting per-file problems instead of failing.</summary>
internal static class ArticleSetReader
{
    /// <summary>The loaded articles (id order) with their passages, and the problems met.</summary>
    public static (List<(Article Article, IReadOnlyList<Passage> Passages)> Loaded, List<LoadProblem> Problems) Read(
        IReadOnlyList<ArticleFile> files, PassageSplitter splitter, KnowledgeBase? previous)
    {
        var results = new (Article Article, IReadOnlyList<Passage> Passages)?[files.Count];
        var problems = new LoadProblem?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            try
            {
                var article = ArticleParser.Parse(file.Id, file.RelativePath, file.FullPath, File.ReadAllBytes(file.FullPath));
                var passages = splitter.Split(article);
                results[i] = passages.Count > 0
                    ? (article, passages)
                    : throw new ArticleFormatException(1, "the article has headings but no text under them");
            }
            catch (Exception e) when (e is ArticleFormatException or IOException or UnauthorizedAccessException)
            {
                var line = e is ArticleFormatException format ? format.Line : 1;
                var reason = e is ArticleFormatException ? e.Message : $"cannot read the file ({e.Message})";

                // An edit that breaks a file while the bot runs should not make the article vanish: keep serving
                // the last version that loaded, and say so.
                var kept = previous?.FindArticle(file.Id);
                if (kept is not null && kept.FilePath == file.FullPath)
                {
                    results[i] = (kept, previous!.PassagesOf(kept.Id));
                    problems[i] = new LoadProblem(file.RelativePath, line, $"{reason}; still serving the version loaded at {previous.BuiltAt:u}");
                }
                else
                {
                    problems[i] = new LoadProblem(file.RelativePath, line, $"{reason}; the article is skipped");
                }
            }
        });

        return ([.. results.OfType<(Article, IReadOnlyList<Passage>)>()], [.. problems.OfType<LoadProblem>()]);
    }
}
