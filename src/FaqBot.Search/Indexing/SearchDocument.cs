namespace FaqBot.Search.Indexing;

/// <summary>
/// A document to index: an identifier and named fields. Every field is analysed, indexed and stored,
/// so <see cref="SearchIndex.GetDocument"/> gives the values back verbatim.
/// </summary>
/// <param name="Id">The caller's identifier, returned with every hit.</param>
/// <param name="Fields">Field name to text, for example <c>title</c>, <c>heading</c>, <c>text</c>.</param>
public sealed record SearchDocument(string Id, IReadOnlyDictionary<string, string> Fields);
