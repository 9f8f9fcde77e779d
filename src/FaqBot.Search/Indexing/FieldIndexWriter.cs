using FaqBot.Search.Analysis;
using FaqBot.Search.Scoring;

namespace FaqBot.Search.Indexing;

/// <summary>
/// Inverts one field. Tokens are appended as (term id, doc, position) triples in document order, then a
/// counting sort by term id lays the postings out contiguously; being stable, it keeps documents and
/// positions ascending within each term without any per-term lists.
/// </summary>
internal sealed class FieldIndexWriter(string name, int documentCount)
{
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly byte[] norms = new byte[documentCount];
    private readonly int[] lengths = new int[documentCount];
    private int[] tokenTerms = new int[1024];
    private int[] tokenDocs = new int[1024];
    private int[] tokenPositions = new int[1024];
    private int tokenCount;

    public void Add(int docId, IReadOnlyList<Token> tokens)
    {
        if (tokenCount + tokens.Count > tokenTerms.Length)
        {
            int size = Math.Max(tokenTerms.Length * 2, tokenCount + tokens.Count);
            Array.Resize(ref tokenTerms, size);
            Array.Resize(ref tokenDocs, size);
            Array.Resize(ref tokenPositions, size);
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            if (!termIds.TryGetValue(token.Term, out int termId))
            {
                termId = terms.Count;
                termIds.Add(token.Term, termId);
                terms.Add(token.Term);
            }

            tokenTerms[tokenCount] = termId;
            tokenDocs[tokenCount] = docId;
            tokenPositions[tokenCount] = token.Position;
            tokenCount++;
        }

        // Stop words never reach here, so like Lucene they do not count toward the length.
        norms[docId] = LengthNorm.Encode(tokens.Count);
        lengths[docId] = tokens.Count;
    }

    public FieldIndex Build()
    {
        int termCount = terms.Count;
        var termTokenStart = new int[termCount + 1];
        for (int i = 0; i < tokenCount; i++)
        {
            termTokenStart[tokenTerms[i] + 1]++;
        }

        for (int t = 0; t < termCount; t++)
        {
            termTokenStart[t + 1] += termTokenStart[t];
        }

        var positions = new int[tokenCount];
        var sortedDocs = new int[tokenCount];
        var cursor = (int[])termTokenStart.Clone();
        for (int i = 0; i < tokenCount; i++)
        {
            int slot = cursor[tokenTerms[i]]++;
            positions[slot] = tokenPositions[i];
            sortedDocs[slot] = tokenDocs[i];
        }

        // Collapse runs of the same document within a term into one posting.
        var termStart = new int[termCount + 1];
        var docIds = new List<int>(tokenCount / 2);
        var positionStart = new List<int>(tokenCount / 2);
        for (int t = 0; t < termCount; t++)
        {
            termStart[t] = docIds.Count;
            int previous = -1;
            for (int slot = termTokenStart[t]; slot < termTokenStart[t + 1]; slot++)
            {
                if (sortedDocs[slot] != previous)
                {
                    previous = sortedDocs[slot];
                    docIds.Add(previous);
                    positionStart.Add(slot);
                }
            }
        }

        termStart[termCount] = docIds.Count;
        positionStart.Add(tokenCount);
        return new FieldIndex(
            name,
            termIds,
            [.. terms],
            termStart,
            [.. docIds],
            [.. positionStart],
            positions,
            norms,
            lengths,
            tokenCount);
    }
}
