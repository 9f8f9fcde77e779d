using FaqBot.Knowledge;

namespace FaqBot.Answers.Retrieval;

/// <summary>Finds question-like headings and titles to offer as "did you mean" or follow-up suggestions.</summary>
public sealed class SuggestionFinder(AnswersOptions options)
{
    /// <summary>
    /// Questions the articles answer, taken from the headings (then titles) of <paramref name="ranked"/>
    /// that look like questions, best first, skipping <paramref name="skip"/>.
    /// </summary>
    public IReadOnlyList<string> Questions(KnowledgeBase knowledge, IEnumerable<RankedPassage> ranked, IEnumerable<string>? skip = null)
    {
        var seen = new HashSet<string>(skip ?? [], StringComparer.OrdinalIgnoreCase);
        var headings = new List<string>();
        var titles = new List<string>();
        foreach (var hit in ranked)
        {
            var heading = hit.Passage.Heading.Trim();
            if ((hit.Passage.IsFaq || heading.EndsWith('?')) && seen.Add(heading))
            {
                headings.Add(heading);
            }

            var title = (knowledge.FindArticle(hit.Passage.ArticleId)?.Title ?? hit.Passage.Title).Trim();
            if (title.EndsWith('?') && seen.Add(title))
            {
                titles.Add(title);
            }
        }

        return [.. headings.Concat(titles).Take(options.MaxSuggestions)];
    }

    /// <summary>The article titles, at most <see cref="AnswersOptions.MaxTopics"/>, and how many were left out.</summary>
    public (IReadOnlyList<string> Titles, int More) Topics(KnowledgeBase knowledge)
    {
        var titles = knowledge.Articles.Select(a => a.Title).Distinct(StringComparer.Ordinal).ToList();
        return (titles.Take(options.MaxTopics).ToList(), Math.Max(0, titles.Count - options.MaxTopics));
    }
}
