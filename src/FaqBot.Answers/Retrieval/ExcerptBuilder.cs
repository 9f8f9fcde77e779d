using FaqBot.Answers.Composition;
using FaqBot.Search.Highlighting;
using FaqBot.Knowledge.Passages;

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
        var (start, length) = fragment is null ? Leading(passage.Text) : ToListLines(passage.Text, fragment, FirstMatch(search, passage.Text, terms, fragment));
        var highlights = fragment is null ? [] : Highlights(search, passage.Text, terms, start, length);
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
            Link = ArticleLink(passage),
            Score = Math.Round(ranked.Score, 4),
            PassageId = passage.Id,
            BodyOffset = passage.Offset + start,
        };
    }

    // In a list the highlighter's sentences run across items ("• Tension headaches\n  3. Dosage: The usual
    // dose …"): the excerpt starts at the line of the first match instead, and a last line that
    // introduces a list ("… can interact with other medications, including:") takes the items that
    // follow as far as the length allows.
    private (int Start, int Length) ToListLines(string text, Fragment fragment, int? firstMatch)
    {
        int start = fragment.Start, end = fragment.Start + fragment.Length;
        if (firstMatch is { } match)
        {
            var lineStart = LineStart(text, match);

            // A bare item ("• Memory problems") needs the line that introduces its list.
            while (lineStart > start && text[lineStart] is '•' or '-' or '*' or '◦')
            {
                var previousEnd = text.LastIndexOf('\n', lineStart - 1);
                var previous = previousEnd <= 0 ? previousEnd : LineStart(text, previousEnd - 1);
                if (previous < 0 || previous >= previousEnd)
                {
                    break; // the start of the text, or a blank line: the list has no introduction
                }

                lineStart = previous;
            }

            start = Math.Max(start, lineStart);
        }

        if (text.AsSpan(start, end - start).TrimEnd().EndsWith(':'))
        {
            while (end < text.Length)
            {
                var next = text.IndexOf('\n', end + 1);
                var lineEnd = next < 0 ? text.Length : next;
                if (lineEnd - start > options.ExcerptMaxLength || text.AsSpan(end, lineEnd - end).Trim().Length == 0)
                {
                    break;
                }

                end = lineEnd;
            }
        }

        return (start, end - start);
    }

    // Where the fragment first matches a distinctive term (not the drug name every passage has), else its first match.
    private int? FirstMatch(KnowledgeSearch search, string text, IReadOnlyCollection<string> terms, Fragment fragment)
    {
        var wanted = terms as IReadOnlySet<string> ?? terms.ToHashSet(StringComparer.Ordinal);
        var matches = search.Knowledge.Index.Analyzer.Analyze(text.Substring(fragment.Start, fragment.Length))
            .Where(t => wanted.Contains(t.Term))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var first = matches.FirstOrDefault(t => search.Ubiquity(t.Term) < options.UbiquityThreshold, matches[0]);
        return fragment.Start + first.StartOffset;
    }

    /// <summary>
    /// The article page link: each path segment of the id escaped (ids are file paths and may hold
    /// spaces, '#' or non-ASCII letters), then the section anchor.
    /// </summary>
    private static string ArticleLink(Passage passage)
    {
        var path = "/articles/" + string.Join('/', passage.ArticleId.Split('/').Select(Uri.EscapeDataString));
        return passage.Anchor.Length == 0 ? path : $"{path}#{passage.Anchor}";
    }

    // The first non-blank character of the line holding offset at.
    private static int LineStart(string text, int at)
    {
        var lineStart = at < 0 ? 0 : text.LastIndexOf('\n', at) + 1;
        while (lineStart < text.Length - 1 && text[lineStart] is ' ' or '\t')
        {
            lineStart++;
        }

        return lineStart;
    }

    // Every occurrence of a query term within the excerpt (the highlighter marks only its own fragment).
    private static List<TextSpan> Highlights(KnowledgeSearch search, string text, IReadOnlyCollection<string> terms, int start, int length)
    {
        var wanted = terms as IReadOnlySet<string> ?? terms.ToHashSet(StringComparer.Ordinal);
        return search.Knowledge.Index.Analyzer.Analyze(text.Substring(start, length))
            .Where(t => wanted.Contains(t.Term))
            .Select(t => new TextSpan(t.StartOffset, t.EndOffset - t.StartOffset))
            .ToList();
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
