using FaqBot.Search.Indexing;

namespace FaqBot.Search.Scoring;

/// <summary>A field taking part in a query, with its boost and its BM25 norm denominators.</summary>
internal sealed record SearchField(FieldIndex Index, float Boost, float[] NormCache)
{
    /// <summary>The searched fields of <paramref name="index"/>: known, positively boosted, in option order.</summary>
    public static SearchField[] Resolve(SearchIndex index, IReadOnlyDictionary<string, float>? boosts, float k1, float b)
    {
        var fields = new List<SearchField>(boosts?.Count ?? 0);
        foreach (var (name, boost) in boosts ?? new Dictionary<string, float>())
        {
            if (boost > 0 && float.IsFinite(boost) && index.Field(name) is { } field)
            {
                fields.Add(new SearchField(field, boost, field.NormCache(k1, b)));
            }
        }

        return [.. fields];
    }
}
