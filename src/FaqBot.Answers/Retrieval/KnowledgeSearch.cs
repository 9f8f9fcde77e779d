using System.Collections.Concurrent;
using FaqBot.Knowledge;
using FaqBot.Knowledge.Indexing;
using FaqBot.Knowledge.Passages;
using FaqBot.Search.Highlighting;
using FaqBot.Search.Querying;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Everything retrieval needs for one knowledge-base snapshot: the searcher, the highlighter, the
/// search options and the title vocabulary. Built once per snapshot; immutable, so shared by threads.
/// </summary>
public sealed class KnowledgeSearch
{
    private readonly ConcurrentDictionary<string, AnalyzedPassage> _analyzed = new(StringComparer.Ordinal);

    /// <summary>Prepares searching <paramref name="knowledge"/> with <paramref name="settings"/>.</summary>
    public KnowledgeSearch(KnowledgeBase knowledge, SearchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(settings);
        Knowledge = knowledge;
        Searcher = new IndexSearcher(knowledge.Index);
        Highlighter = new Highlighter(knowledge.Index.Analyzer);
        Options = settings.ToSearchOptions(knowledge);
        TitleTerms = new HashSet<string>(knowledge.Index.GetVocabulary(KnowledgeFields.Title), StringComparer.Ordinal);
    }

    /// <summary>The snapshot searched.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The searcher over the snapshot's index.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>The highlighter using the index's analyzer.</summary>
    public Highlighter Highlighter { get; }

    /// <summary>The search options (with the snapshot's synonyms).</summary>
    public SearchOptions Options { get; }

    /// <summary>Analysed terms that occur in some article title.</summary>
    public IReadOnlySet<string> TitleTerms { get; }

    /// <summary>Share of passages whose text contains <paramref name="term"/>.</summary>
    public double Ubiquity(string term) =>
        Knowledge.Passages.Count == 0 ? 0 : Knowledge.Index.DocumentFrequency(KnowledgeFields.Text, term) / (double)Knowledge.Passages.Count;

    /// <summary>True when <paramref name="term"/> occurs anywhere in the index.</summary>
    public bool IsKnown(string term) =>
        Knowledge.Index.DocumentFrequency(KnowledgeFields.Text, term) > 0
        || Knowledge.Index.DocumentFrequency(KnowledgeFields.Heading, term) > 0
        || TitleTerms.Contains(term);

    /// <summary>The rarity of a term no passage contains.</summary>
    public double MaxIdf => Math.Log(1 + ((Knowledge.Passages.Count + 0.5) / 0.5));

    /// <summary>The distinct analysed terms of <paramref name="words"/>.</summary>
    public IReadOnlySet<string> AnalyzedTerms(IEnumerable<string> words) =>
        words.SelectMany(w => Knowledge.Index.Analyzer.Analyze(w)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the heading or text of <paramref name="passage"/> has one of <paramref name="terms"/>.</summary>
    public bool Mentions(Passage passage, IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return Analyzed(passage).Fields.Any(f => f.Terms.Any(terms.Contains));
    }

    // Analysed on first use and kept with the snapshot.
    internal AnalyzedPassage Analyzed(Passage passage) =>
        _analyzed.GetOrAdd(passage.Id, static (_, state) => AnalyzedPassage.From(state.passage, state.Analyzer, state.Synonyms), (passage, Analyzer: Knowledge.Index.Analyzer, Options.Synonyms));

    /// <summary>BM25-style rarity of <paramref name="term"/> over passage texts; unknown terms are the rarest.</summary>
    public double Idf(string term)
    {
        var n = Knowledge.Passages.Count;
        var df = Math.Max(
            Knowledge.Index.DocumentFrequency(KnowledgeFields.Text, term),
            Knowledge.Index.DocumentFrequency(KnowledgeFields.Heading, term));
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }
}
