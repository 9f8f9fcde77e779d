using System.Diagnostics;
using FaqBot.Knowledge.Indexing;
using FaqBot.Knowledge.Loading;
using FaqBot.Knowledge.Passages;
using FaqBot.Search.Analysis;
using Microsoft.Extensions.Logging;

namespace FaqBot.Knowledge;

/// <summary>Loads the knowledge folder into a <see cref="KnowledgeBase"/> snapshot: articles, passages, synonyms, index.</summary>
public static class KnowledgeBaseLoader
{
    /// <summary>
    /// Loads every <c>*.md</c> under <see cref="KnowledgeOptions.Path"/>. Files that cannot be used are logged with
    /// file and line, listed in <see cref="KnowledgeBase.Problems"/> and skipped.
    /// </summary>
    /// <exception cref="KnowledgeException">The options are invalid, the folder is missing, or no article loads.</exception>
    public static KnowledgeBase Load(KnowledgeOptions options, ILogger logger) => Load(options, logger, previous: null);

    /// <summary>Loads a new snapshot; articles that fail to load but loaded in <paramref name="previous"/> keep that version.</summary>
    internal static KnowledgeBase Load(KnowledgeOptions options, ILogger logger, KnowledgeBase? previous)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.Validate() is { } invalid)
        {
            throw new KnowledgeException(invalid);
        }

        var stopwatch = Stopwatch.StartNew();
        var root = ResolveFolder(options);
        IReadOnlyList<ArticleFile> files;
        var problems = new List<LoadProblem>();
        try
        {
            files = ArticleFile.FindAll(root, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeException($"Cannot list the knowledge folder '{root}': {e.Message}", e);
        }

        var (loaded, fileProblems) = ArticleSetReader.Read(files, new PassageSplitter(options.PassageTargetLength), previous);
        problems.AddRange(fileProblems);
        var readMilliseconds = stopwatch.ElapsedMilliseconds;
        if (loaded.Count == 0)
        {
            LogProblems(logger, problems);
            var detail = problems.Count > 0 ? $" First problem: {problems[0]}." : "";
            throw new KnowledgeException(files.Count == 0
                ? $"No article found: the knowledge folder '{root}' has no *.md files. Add articles (see knowledge/README.md) or set Knowledge:Path."
                : $"No article could be loaded from '{root}': all {files.Count} *.md files have problems.{detail}");
        }

        var stopWords = options.StopWords is { Length: > 0 } words
            ? new HashSet<string>(words.Select(word => word.Trim().ToLowerInvariant()).Where(word => word.Length > 0), StringComparer.Ordinal)
            : EnglishAnalyzer.LuceneStopWords;
        var analyzer = new EnglishAnalyzer(stopWords);
        var synonymsPath = Path.Combine(root, options.SynonymsFile);
        var synonyms = SynonymsFileReader.Read(synonymsPath, Path.GetRelativePath(root, synonymsPath).Replace('\\', '/'), analyzer, problems, out var synonymsText);

        var articles = loaded.Select(entry => entry.Article).ToList();
        var passages = new List<Passage>();
        foreach (var (_, articlePassages) in loaded)
        {
            passages.AddRange(articlePassages);
        }

        var indexStarted = stopwatch.ElapsedMilliseconds;
        var index = PassageIndexBuilder.Build(passages, analyzer);
        var indexMilliseconds = stopwatch.ElapsedMilliseconds - indexStarted;
        var version = SnapshotVersion.Compute(articles, synonymsText, options, stopWords);
        var knowledge = new KnowledgeBase(root, articles, passages, index, synonyms, version, problems, options.FaqBoost);

        LogProblems(logger, problems);
        logger.LogInformation(
            "Loaded {Articles} articles ({Passages} passages, {Synonyms} synonym entries) from {Folder} in {ElapsedMs} ms (reading and splitting {ReadMs} ms, indexing {IndexMs} ms); version {Version}, {Problems} problem(s)",
            articles.Count, passages.Count, synonyms.Count, root, stopwatch.ElapsedMilliseconds, readMilliseconds, indexMilliseconds, version, problems.Count);
        return knowledge;
    }

    /// <summary>The full path of the knowledge folder; relative paths are resolved against the current directory.</summary>
    /// <exception cref="KnowledgeException">The folder does not exist.</exception>
    public static string ResolveFolder(KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.Path);
        return Directory.Exists(root)
            ? root
            : throw new KnowledgeException(
                $"The knowledge folder '{root}' does not exist (Knowledge:Path is '{options.Path}', resolved against '{Directory.GetCurrentDirectory()}'). " +
                "Run from the repository root, pass --knowledge DIR, or set Knowledge:Path.");
    }

    private static void LogProblems(ILogger logger, List<LoadProblem> problems)
    {
        foreach (var problem in problems)
        {
            logger.LogWarning("Knowledge problem in {File} line {Line}: {Problem}", problem.File, problem.Line, problem.Message);
        }
    }
}
