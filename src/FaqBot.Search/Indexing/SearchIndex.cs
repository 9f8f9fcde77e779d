using FaqBot.Search.Analysis;

namespace FaqBot.Search.Indexing;

/// <summary>
/// An immutable inverted index over analysed fields, with stored values. Nothing changes after
/// construction, so any number of threads may search it at once without locks; to change the
/// content, build a new index and swap it in with <see cref="SearchIndexHolder"/>.
/// </summary>
public sealed class SearchIndex
{
    private readonly FieldIndex[] fields;
    private readonly Dictionary<string, FieldIndex> fieldsByName;
    private readonly StoredFields stored;
    private readonly Lazy<TermVocabulary> vocabulary;

    internal SearchIndex(Analyzer analyzer, FieldIndex[] fields, StoredFields stored, string version, int documentCount)
    {
        Analyzer = analyzer;
        this.fields = fields;
        this.stored = stored;
        DocumentCount = documentCount;
        fieldsByName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        FieldNames = fields.Select(f => f.Name).ToArray();
        vocabulary = new Lazy<TermVocabulary>(() => new TermVocabulary(fields), LazyThreadSafetyMode.ExecutionAndPublication);
        Version = version;
    }

    /// <summary>Number of documents (Lucene's maxDoc; there are no deletions).</summary>
    public int DocumentCount { get; }

    /// <summary>The analyzer used for the documents; queries must be analysed the same way.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>A hash of the ids and stored values: equal content gives an equal version.</summary>
    public string Version { get; }

    /// <summary>Names of the indexed fields, in order of first appearance.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>
    /// Managed memory held by the index, computed from its array and string sizes
    /// (postings, positions, norms, term dictionaries and the UTF-8 stored values).
    /// </summary>
    public long EstimatedBytes => fields.Sum(f => f.EstimatedBytes()) + stored.EstimatedBytes();

    /// <summary>Returns the stored document for <paramref name="docId"/> (0 ≤ docId &lt; <see cref="DocumentCount"/>).</summary>
    public SearchDocument GetDocument(int docId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(docId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, DocumentCount);
        return stored.Document(docId);
    }

    /// <summary>The caller's id of a document, without decoding its stored fields.</summary>
    public string GetId(int docId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(docId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, DocumentCount);
        return stored.Id(docId);
    }

    /// <summary>The distinct analysed terms of <paramref name="field"/> (empty for an unknown field).</summary>
    public IReadOnlyList<string> GetVocabulary(string field) =>
        fieldsByName.TryGetValue(field, out var index) ? index.Terms : [];

    /// <summary>Number of documents whose <paramref name="field"/> contains the analysed <paramref name="term"/>.</summary>
    public int DocumentFrequency(string field, string term)
    {
        if (!fieldsByName.TryGetValue(field, out var index))
        {
            return 0;
        }

        int termId = index.TermId(term);
        return termId < 0 ? 0 : index.DocFreq(termId);
    }

    internal FieldIndex? Field(string name) => fieldsByName.GetValueOrDefault(name);

    internal TermVocabulary Vocabulary => vocabulary.Value;
}
