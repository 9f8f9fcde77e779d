namespace FaqBot.Search.Scoring;

/// <summary>
/// Keeps the best <c>size</c> (doc, score) pairs in a min-heap. Higher score wins; equal scores go to
/// the lower doc id, which is Lucene's tie-break.
/// </summary>
internal sealed class TopDocsCollector(int size)
{
    private readonly (int Doc, double Score)[] heap = new (int, double)[Math.Max(size, 0)];
    private int count;

    public void Collect(int doc, double score)
    {
        if (heap.Length == 0)
        {
            return;
        }

        if (count < heap.Length)
        {
            heap[count] = (doc, score);
            SiftUp(count++);
            return;
        }

        if (!Better(doc, score, heap[0].Doc, heap[0].Score))
        {
            return;
        }

        heap[0] = (doc, score);
        SiftDown(0);
    }

    /// <summary>The collected pairs, best first.</summary>
    public (int Doc, double Score)[] ToSortedArray()
    {
        var result = heap.AsSpan(0, count).ToArray();
        Array.Sort(result, (x, y) => Better(x.Doc, x.Score, y.Doc, y.Score) ? -1 : Better(y.Doc, y.Score, x.Doc, x.Score) ? 1 : 0);
        return result;
    }

    private static bool Better(int doc, double score, int otherDoc, double otherScore) =>
        score > otherScore || (score == otherScore && doc < otherDoc);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Better(heap[parent].Doc, heap[parent].Score, heap[i].Doc, heap[i].Score))
            {
                break;
            }

            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            int worst = i;
            int left = (2 * i) + 1;
            int right = left + 1;
            if (left < count && Better(heap[worst].Doc, heap[worst].Score, heap[left].Doc, heap[left].Score))
            {
                worst = left;
            }

            if (right < count && Better(heap[worst].Doc, heap[worst].Score, heap[right].Doc, heap[right].Score))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
