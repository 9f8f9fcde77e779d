using System.Collections.Concurrent;
using FaqBot.Search.Analysis;

namespace FaqBot.Search.Indexing;

/// <summary>
/// Collects documents and builds an immutable <see cref="SearchIndex"/>. Doc ids are the order of
/// <see cref="Add"/> (0, 1, 2 …), which is also the tie-break order of equal scores, as in Lucene.
/// A builder is single-use and not thread-safe; the index it builds is.
/// </summary>
public sealed class SearchIndexBuilder
{
    private readonly Analyzer analyzer;
    private readonly List<SearchDocument> documents = [];
    private bool built;

    /// <summary>Creates a builder whose documents (and later queries) are analysed by <paramref name="analyzer"/>.</summary>
    public SearchIndexBuilder(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
    }

    /// <summary>Number of documents added so far.</summary>
    public int Count => documents.Count;

    /// <summary>Adds a document; its doc id will be the current <see cref="Count"/>.</summary>
    public void Add(SearchDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(doc.Id);
        ArgumentNullException.ThrowIfNull(doc.Fields);
        ThrowIfBuilt();

        foreach (var field in doc.Fields)
        {
            if (field.Key is null || field.Value is null)
            {
                throw new ArgumentException($"Document '{doc.Id}' has a null field name or value.", nameof(doc));
            }
        }

        documents.Add(doc);
    }

    /// <summary>
    /// Analyses all documents (in parallel: analysis dominates the cost and analyzers are stateless),
    /// inverts each field and returns the immutable index.
    /// </summary>
    public SearchIndex Build()
    {
        ThrowIfBuilt();

        built = true;
        string[] fieldNames = documents.SelectMany(d => d.Fields.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var tokens = new IReadOnlyList<Token>[fieldNames.Length][];
        for (int f = 0; f < fieldNames.Length; f++)
        {
            tokens[f] = new IReadOnlyList<Token>[documents.Count];
        }

        Parallel.For(0, documents.Count, d =>
        {
            var fields = documents[d].Fields;
            for (int f = 0; f < fieldNames.Length; f++)
            {
                tokens[f][d] = fields.TryGetValue(fieldNames[f], out string? value) && value.Length > 0
                    ? analyzer.Analyze(value)
                    : [];
            }
        });

        // Invert the fields and encode the stored values side by side: they share no data.
        var fieldIndexes = new FieldIndex[fieldNames.Length];
        StoredFields? stored = null;
        string? version = null;
        // Largest field first, then the stored values, then the rest: each worker takes the next item.
        var work = Enumerable.Range(0, fieldNames.Length)
            .OrderByDescending(f => tokens[f].Sum(t => (long)t.Count))
            .ToList();
        work.Insert(Math.Min(1, work.Count), fieldNames.Length);
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), f =>
        {
            if (f == fieldNames.Length)
            {
                stored = new StoredFields(documents, fieldNames);
                version = stored.ContentHash();
                return;
            }

            var writer = new FieldIndexWriter(fieldNames[f], documents.Count);
            for (int d = 0; d < documents.Count; d++)
            {
                writer.Add(d, tokens[f][d]);
            }

            fieldIndexes[f] = writer.Build();
        });

        return new SearchIndex(analyzer, fieldIndexes, stored!, version!, documents.Count);
    }

    private void ThrowIfBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException("This builder has already built its index; create a new builder.");
        }
    }
}
