using FaqBot.Knowledge.Articles;
using FaqBot.Knowledge.Passages;
using FaqBot.Search.Analysis;
using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;

namespace FaqBot.Knowledge;

/// <summary>
/// One immutable snapshot of the knowledge base: the articles, their passages and the index over them.
/// Safe to share between threads; a reload builds a new snapshot instead of changing this one.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Article> _articlesById;
    private readonly Dictionary<string, IReadOnlyList<Passage>> _passagesByArticle;
    private readonly float _faqBoost;

    internal KnowledgeBase(
        string folder,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Passage> passages,
        SearchIndex index,
        SynonymMap synonyms,
        string version,
        IReadOnlyList<LoadProblem> problems,
        float faqBoost)
    {
        _faqBoost = faqBoost;
        Folder = folder;
        Articles = articles;
        Passages = passages;
        Index = index;
        Synonyms = synonyms;
        Version = version;
        Problems = problems;
        BuiltAt = DateTimeOffset.UtcNow;
        _articlesById = articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
        _passagesByArticle = passages.GroupBy(passage => passage.ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Passage>)[.. group], StringComparer.Ordinal);
    }

    /// <summary>The full path of the knowledge folder the snapshot was loaded from.</summary>
    public string Folder { get; }

    /// <summary>The loaded articles, in ordinal id order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>All passages, article by article; <c>Passages[i]</c> is document i of <see cref="Index"/>.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The index over the passages (fields in <see cref="Indexing.KnowledgeFields"/>).</summary>
    public SearchIndex Index { get; }

    /// <summary>The synonyms to search with (empty when there is no synonyms file).</summary>
    public SynonymMap Synonyms { get; }

    /// <summary>A hash of the loaded content and the settings that shape the index; changes whenever answers could.</summary>
    public string Version { get; }

    /// <summary>When the snapshot was built.</summary>
    public DateTimeOffset BuiltAt { get; }

    /// <summary>Files and synonyms lines that were skipped (or kept at their previous version), with file and line.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }

    /// <summary>
    /// The search options to query <see cref="Index"/> with: <paramref name="configured"/> plus this snapshot's
    /// <see cref="Synonyms"/>, and the <c>faq</c> field at <see cref="KnowledgeOptions.FaqBoost"/> unless
    /// <paramref name="configured"/> already gives it a boost.
    /// </summary>
    public SearchOptions CreateSearchOptions(SearchOptions configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var boosts = configured.FieldBoosts;
        if (!boosts.ContainsKey(Indexing.KnowledgeFields.Faq) && _faqBoost > 0)
        {
            boosts = new Dictionary<string, float>(boosts, StringComparer.Ordinal) { [Indexing.KnowledgeFields.Faq] = _faqBoost };
        }

        return configured with { Synonyms = Synonyms, FieldBoosts = boosts };
    }

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    /// <summary>The passages of one article in order; empty when there is no such article.</summary>
    public IReadOnlyList<Passage> PassagesOf(string articleId) => _passagesByArticle.GetValueOrDefault(articleId) ?? [];
}
