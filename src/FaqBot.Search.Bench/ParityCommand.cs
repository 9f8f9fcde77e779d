using System.Globalization;
using FaqBot.Search.Querying;

namespace FaqBot.Search.Bench;

/// <summary>Compares our Lucene-compatible rankings with lucene-ref's on the same passages and questions.</summary>
internal static class ParityCommand
{
    public static int Run(string articles, string questions, string lucenePath)
    {
        var passages = MedQuadCorpus.Load(articles);
        var index = BenchCorpus.Build(BenchCorpus.Documents(passages));
        var searcher = new IndexSearcher(index);
        var lucene = LuceneRanking.Load(lucenePath);
        var evalQuestions = EvalQuestion.Load(questions);

        int compared = 0, top1Agree = 0, scoreAgree = 0;
        double overlapSum = 0;
        var disagreements = new List<string>();
        foreach (var question in evalQuestions)
        {
            if (!lucene.TryGetValue(question.Id, out var theirs))
            {
                continue;
            }

            var ours = searcher.Search(question.Question, SearchOptions.LuceneCompatible, 10).Hits;
            compared++;
            string? ourTop = ours.Count > 0 ? ours[0].Id : null;
            string? theirTop = theirs.Top.Count > 0 ? theirs.Top[0] : null;
            if (ourTop == theirTop)
            {
                top1Agree++;
            }
            else if (disagreements.Count < 15)
            {
                disagreements.Add(Describe(question.Question, ours, theirs));
            }

            if (ours.Count > 0 && theirs.Scores.Count > 0 && Math.Abs(ours[0].Score - theirs.Scores[0]) <= 1e-5 * Math.Max(1, theirs.Scores[0]))
            {
                scoreAgree++;
            }
            else if (ourTop == theirTop && disagreements.Count < 15)
            {
                disagreements.Add("SCORE " + Describe(question.Question, ours, theirs));
            }

            int larger = Math.Max(ours.Count, theirs.Top.Count);
            overlapSum += larger == 0 ? 1 : ours.Select(h => h.Id).Intersect(theirs.Top).Count() / (double)larger;
        }

        Console.WriteLine($"passages {passages.Count}, questions compared {compared}");
        Console.WriteLine($"top-1 agreement        {Percent(top1Agree, compared)}");
        Console.WriteLine($"top-1 score equal      {Percent(scoreAgree, compared)} (within 1e-5 relative)");
        Console.WriteLine($"mean top-10 overlap    {(compared == 0 ? 0 : overlapSum / compared).ToString("P2", CultureInfo.InvariantCulture)}");
        foreach (string line in disagreements)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static string Describe(string question, IReadOnlyList<SearchHit> ours, LuceneRanking theirs)
    {
        string Ours(int i) => i < ours.Count ? $"{ours[i].Id} {ours[i].Score:F6}" : "-";
        string Theirs(int i) => i < theirs.Top.Count ? $"{theirs.Top[i]} {theirs.Scores[i]:F6}" : "-";
        return $"DIFF {question}\n  ours:   {Ours(0)} | {Ours(1)}\n  lucene: {Theirs(0)} | {Theirs(1)}";
    }

    private static string Percent(int count, int total) =>
        total == 0 ? "n/a" : $"{count}/{total} = {(count / (double)total).ToString("P2", CultureInfo.InvariantCulture)}";
}
