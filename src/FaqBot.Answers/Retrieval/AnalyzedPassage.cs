using FaqBot.Knowledge.Passages;
using FaqBot.Search.Analysis;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// A passage's analysed heading and text with the multi-word synonyms each contains. These depend only
/// on the snapshot, so <see cref="KnowledgeSearch"/> analyses each passage once rather than per question.
/// </summary>
/// <param name="Fields">The heading's and then the text's terms, each with its multi-word synonym matches.</param>
/// <param name="Terms">The heading's terms, an empty separator (so no phrase runs from the heading into the text), the text's terms.</param>
internal sealed record AnalyzedPassage(IReadOnlyList<(string[] Terms, IReadOnlyList<SynonymMatch> Compounds)> Fields, string[] Terms)
{
    public static AnalyzedPassage From(Passage passage, Analyzer analyzer, SynonymMap synonyms)
    {
        var heading = Analyze(passage.Heading, analyzer, synonyms);
        var text = Analyze(passage.Text, analyzer, synonyms);
        return new AnalyzedPassage([heading, text], [.. heading.Terms, "", .. text.Terms]);
    }

    private static (string[] Terms, IReadOnlyList<SynonymMatch> Compounds) Analyze(string text, Analyzer analyzer, SynonymMap synonyms)
    {
        var tokens = analyzer.Analyze(text);
        return ([.. tokens.Select(t => t.Term)], [.. synonyms.FindMatches(tokens).Where(m => m.TokenCount > 1)]);
    }
}
