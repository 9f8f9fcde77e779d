using FaqBot.Search.Indexing;
using FaqBot.Search.Querying;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Indexing;

public sealed class SearchIndexHolderTests
{
    private static readonly string[] Queries =
    [
        "What are the symptoms of diabetes ?", "how do I fix a flat bike tire?", "Is this condition inherited ?",
        "coffee beans fridge", "treatment for cancer", "baclofin anxeity", "What causes kidney failure ?",
    ];

    [Fact]
    public async Task Many_threads_search_consistently_while_the_index_is_swapped()
    {
        SearchIndex[] indexes = [ParityCorpus.MedQuad, ParityCorpus.Sample];
        var expected = indexes.ToDictionary(i => i, i => Queries.Select(q => Ranking(i, q)).ToArray());
        var holder = new SearchIndexHolder(indexes[0]);
        int searches = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            int n = t;
            while (!done.IsCancellationRequested || n < t + 50)
            {
                var snapshot = holder.Current;
                int q = n++ % Queries.Length;
                Assert.Equal(expected[snapshot][q], Ranking(snapshot, Queries[q]));
                Interlocked.Increment(ref searches);
            }
        })).ToArray();

        for (int swap = 0; swap < 100; swap++)
        {
            // Let at least one search run against each swapped-in index before the next swap.
            int seen = Volatile.Read(ref searches);
            holder.Swap(indexes[swap % 2]);
            while (Volatile.Read(ref searches) == seen)
            {
                await Task.Yield();
            }
        }

        done.Cancel();
        await Task.WhenAll(readers);
        Assert.True(searches >= 200);
    }

    [Fact]
    public void Swap_replaces_the_current_index_and_rejects_null()
    {
        var holder = new SearchIndexHolder(ParityCorpus.Sample);

        holder.Swap(ParityCorpus.MedQuad);

        Assert.Same(ParityCorpus.MedQuad, holder.Current);
        Assert.Throws<ArgumentNullException>(() => holder.Swap(null!));
    }

    private static string Ranking(SearchIndex index, string query) =>
        string.Join(',', new IndexSearcher(index).Search(query, SearchOptions.Default).Hits.Select(h => $"{h.Id}:{h.Score:R}"));
}
