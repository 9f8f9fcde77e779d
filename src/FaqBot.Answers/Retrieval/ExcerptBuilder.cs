using FaqBot.Answers.Composition;
using FaqBot.Search.Highlighting;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Cuts the excerpt shown for a ranked passage: the highlighter's best whole-sentence fragment of the
/// passage text, so the excerpt is always a verbatim substring of the article body at
/// <c>passage.Offset + fragment.Start</c>.
/// </summary>
public sealed class ExcerptBuilder(AnswersOptions options)
{
    // For "what is X?" the defining sentence is wanted even when another sentence matches more terms.
    private const int DefinitionCandidates = 4;

    /// <summary>
    /// The excerpt for <paramref name="ranked"/>, emphasising <paramref name="terms"/>; for a "what is X?"
    /// question (<paramref name="definitionSubject"/> = X) the fragment that defines X is preferred.
    /// </summary>
    public Excerpt Build(KnowledgeSearch search, RankedPassage ranked, IReadOnlyCollection<string> terms, string? definitionSubject = null)
    {
        var passage = ranked.Passage;
        var article = search.Knowledge.FindArticle(passage.ArticleId);
        var fragments = search.Highlighter.GetBestFragments(
            passage.Text,
            terms,
            new HighlightOptions { MaxLength = options.ExcerptMaxLength, MaxFragments = definitionSubject is null ? 1 : DefinitionCandidates });
        var fragment = definitionSubject is null
            ? null
            : fragments.FirstOrDefault(f => DefinitionQuestion.Defines(passage.Text.Substring(f.Start, f.Length), definitionSubject));
        fragment ??= fragments.Count > 0 ? fragments[0] : null;
        var (start, length) = fragment is null ? Leading(passage.Text) : (fragment.Start, fragment.Length);
        var highlights = fragment is null
            ? []
            : fragment.Highlights
                .Where(h => h.Start >= start && h.Start + h.Length <= start + length)
                .Select(h => new TextSpan(h.Start - start, h.Length))
                .ToList();
        return new Excerpt
        {
            Text = passage.Text.Substring(start, length),
            Highlights = highlights,
            ArticleId = passage.ArticleId,
            ArticleTitle = article?.Title ?? passage.Title,
            ArticleOrigin = article?.Origin,
            ArticleSource = article?.Source,
            Reviewed = article?.Reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Section = passage.Heading,
            Link = passage.Anchor.Length == 0 ? $"/articles/{passage.ArticleId}" : $"/articles/{passage.ArticleId}#{passage.Anchor}",
            Score = Math.Round(ranked.Score, 4),
            PassageId = passage.Id,
            BodyOffset = passage.Offset + start,
        };
    }

    // No fragment (the match was in the title or heading only): the passage's start, cut at a word boundary.
    private (int Start, int Length) Leading(string text)
    {
        if (text.Length <= options.ExcerptMaxLength)
        {
            return (0, text.Length);
        }

        var cut = text.LastIndexOf(' ', options.ExcerptMaxLength);
        return (0, cut > 0 ? cut : options.ExcerptMaxLength);
    }
}
