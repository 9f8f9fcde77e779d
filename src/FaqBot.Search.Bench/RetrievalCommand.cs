using System.Globalization;
using FaqBot.Search.Querying;

namespace FaqBot.Search.Bench;

/// <summary>Section and article recall@1 and MRR@10 over the eval questions, ours beside Lucene's.</summary>
internal static class RetrievalCommand
{
    public static int Run(string articles, string questions, string[] rest)
    {
        var arguments = BenchArguments.Parse(rest, ["--lucene-mode"], [], maxPositionals: 1);
        bool luceneMode = arguments.Has("--lucene-mode");
        string? lucenePath = arguments.Positionals.Count > 0 ? arguments.Positionals[0] : null;
        var passages = MedQuadCorpus.Load(articles);
        var index = BenchCorpus.Build(BenchCorpus.Documents(passages));
        var searcher = new IndexSearcher(index);
        var byHeading = passages.ToLookup(p => (p.ArticlePath, p.Heading), p => p.Id);
        var byOriginalHeading = MedQuadManifest.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(questions)) ?? ".", "manifest.jsonl"));
        var evalQuestions = EvalQuestion.Load(questions);
        var options = luceneMode ? SearchOptions.LuceneCompatible : SearchOptions.Default;

        var ours = new Metrics();
        foreach (var question in evalQuestions)
        {
            var top = searcher.Search(question.Question, options, 10).Hits.Select(h => h.Id).ToList();
            ours.Add(question, top, byHeading, byOriginalHeading);
        }

        Console.WriteLine($"{"",-22}{"section R@1",12}{"section MRR@10",16}{"article R@1",13}{"article MRR@10",16}");
        Console.WriteLine(ours.Row(luceneMode ? "ours (Lucene mode)" : "ours (all features)"));
        if (lucenePath is not null)
        {
            var lucene = LuceneRanking.Load(lucenePath);
            var theirs = new Metrics();
            foreach (var question in evalQuestions)
            {
                theirs.Add(question, lucene.TryGetValue(question.Id, out var r) ? [.. r.Top] : [], byHeading, byOriginalHeading);
            }

            Console.WriteLine(theirs.Row("Lucene 4.10"));
        }

        return 0;
    }

    private sealed class Metrics
    {
        private int count;
        private int sectionAt1;
        private int articleAt1;
        private double sectionReciprocal;
        private double articleReciprocal;

        public void Add(
            EvalQuestion question, List<string> top, ILookup<(string, string), string> byHeading, ILookup<(string, string), string> byOriginalHeading)
        {
            count++;
            var sections = BenchCorpus.ExpectedSections(question, byHeading, byOriginalHeading);
            var articles = new HashSet<string>(question.AlsoIn ?? [], StringComparer.Ordinal) { question.Article };
            int sectionRank = top.FindIndex(sections.Contains) + 1;
            int articleRank = top.FindIndex(id => articles.Contains(id[..id.LastIndexOf('#')])) + 1;
            sectionAt1 += sectionRank == 1 ? 1 : 0;
            articleAt1 += articleRank == 1 ? 1 : 0;
            sectionReciprocal += sectionRank > 0 ? 1.0 / sectionRank : 0;
            articleReciprocal += articleRank > 0 ? 1.0 / articleRank : 0;
        }

        public string Row(string name) => string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-22}{sectionAt1 / (double)count,12:P1}{sectionReciprocal / count,16:F3}{articleAt1 / (double)count,13:P1}{articleReciprocal / count,16:F3}");
    }
}
