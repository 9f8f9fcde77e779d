using FaqBot.Search.Analysis;
using FaqBot.Search.Highlighting;
using FaqBot.Search.Tests.Support;

namespace FaqBot.Search.Tests.Highlighting;

/// <summary>
/// The highlighter's promises checked over thousands of real passages, term sets and length limits:
/// fragments stay within the limit, never start or end inside a word, do not overlap, and mark exactly
/// the words that analyse to a query term.
/// </summary>
public sealed class HighlighterPropertyTests
{
    private static readonly Analyzer EnglishAnalyzer = new EnglishAnalyzer();
    private static readonly Highlighter Highlighter = new(EnglishAnalyzer);

    [Fact]
    public void Fragments_of_random_passages_keep_every_promise()
    {
        var index = ParityCorpus.MedQuad;
        var random = new Random(20261121);
        int checkedFragments = 0;
        for (int i = 0; i < 2000; i++)
        {
            string text = index.GetDocument(random.Next(index.DocumentCount)).Fields["text"];
            var tokens = EnglishAnalyzer.Analyze(text);
            var terms = tokens.Count == 0
                ? new HashSet<string>()
                : Enumerable.Range(0, 1 + random.Next(4)).Select(_ => tokens[random.Next(tokens.Count)].Term).ToHashSet();
            var options = new HighlightOptions { MaxLength = 20 + random.Next(400), MaxFragments = 1 + random.Next(3) };

            var fragments = Highlighter.GetBestFragments(text, terms, options);

            Assert.True(fragments.Count <= options.MaxFragments);
            Assert.Equal(text.Trim().Length > 0, fragments.Count > 0);
            for (int f = 0; f < fragments.Count; f++)
            {
                CheckFragment(text, terms, fragments[f], options.MaxLength);
                for (int earlier = 0; earlier < f; earlier++)
                {
                    Assert.True(
                        fragments[f].Start >= fragments[earlier].Start + fragments[earlier].Length
                        || fragments[f].Start + fragments[f].Length <= fragments[earlier].Start);
                }

                checkedFragments++;
            }
        }

        Assert.True(checkedFragments >= 2000, $"only {checkedFragments} fragments checked");
    }

    private static void CheckFragment(string text, HashSet<string> terms, Fragment fragment, int maxLength)
    {
        int end = fragment.Start + fragment.Length;
        string shown = text[fragment.Start..end];
        Assert.InRange(fragment.Length, 1, maxLength);
        Assert.Equal(shown.Trim(), shown);

        // A single word longer than the limit is the one case where a cut inside a word is allowed.
        if (shown.Any(char.IsWhiteSpace))
        {
            Assert.False(fragment.Start > 0 && IsWordCharacter(text[fragment.Start - 1]) && IsWordCharacter(text[fragment.Start]), $"starts inside a word: {shown}");
            Assert.False(end < text.Length && IsWordCharacter(text[end - 1]) && IsWordCharacter(text[end]), $"ends inside a word: {shown}");
        }

        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in fragment.Highlights)
        {
            Assert.True(span.Start >= fragment.Start && span.Start + span.Length <= end, "highlight outside its fragment");
            string term = Assert.Single(EnglishAnalyzer.Analyze(text.Substring(span.Start, span.Length))).Term;
            Assert.Contains(term, terms);
            marked.Add(term);
        }

        Assert.Equal(marked.Count, fragment.DistinctTerms);
        int expectedMarks = EnglishAnalyzer.Analyze(text).Count(t => t.StartOffset >= fragment.Start && t.EndOffset <= end && terms.Contains(t.Term));
        Assert.Equal(expectedMarks, fragment.Highlights.Count);
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);
}
