using FaqBot.Answers.Context;
using FaqBot.Answers.Retrieval;
using FaqBot.Answers.Safety;

namespace FaqBot.Answers.Composition;

/// <summary>
/// Turns triage and retrieval outcomes into <see cref="Answer"/>s: which kind, which fixed sentences
/// lead, which passages are quoted, the disclaimer and the suggestions. Decides nothing about search.
/// </summary>
public sealed class ReplyComposer(AnswersOptions options)
{
    private readonly ExcerptSelector _selector = new(options);
    private readonly ExcerptBuilder _excerpts = new(options);
    private readonly SuggestionFinder _suggestions = new(options);

    // Emergency and dosing replies quote less: the guidance is what matters.
    private const int SupportingExcerpts = 2;

    /// <summary>
    /// Urgent-help guidance first; then, except for self-harm, only confident excerpts about the
    /// emergency itself (<see cref="EmergencyTopics"/>).
    /// </summary>
    public Answer Emergency(KnowledgeSearch search, EmergencyFinding finding, LocaleContacts contacts, RetrievalResult? retrieval)
    {
        var topic = search.AnalyzedTerms(EmergencyTopics.For(finding.Category));
        var (_, excerpts) = topic.Count == 0 || retrieval is null
            ? ([], [])
            : Choose(
                search,
                retrieval,
                [.. retrieval.Ranked.Where(r => search.Mentions(r.Passage, topic))],
                SupportingExcerpts,
                options.EmergencyExcerptThreshold);
        return new Answer
        {
            Kind = AnswerKind.Emergency,
            Lead = EmergencyGuidance.For(finding.Category, contacts),
            Excerpts = excerpts,
            Disclaimer = options.Disclaimer,
        };
    }

    /// <summary>No personal advice: what the articles say in general, then "ask your prescriber".</summary>
    public Answer Dosing(KnowledgeSearch search, RetrievalResult retrieval, Interpretation interpretation)
    {
        var (chosen, excerpts) = Choose(search, retrieval, retrieval.Ranked, SupportingExcerpts, options.SuggestThreshold);
        var more = chosen.Count > 0 && Quotable(retrieval).Any(r => r.Coverage >= options.AnswerThreshold && !chosen.Contains(r));
        var lead = new List<string> { chosen.Count > 0 ? ReplyTexts.NoPersonalDosing : ReplyTexts.NoPersonalDosingNoExcerpt };
        AddInterpretation(lead, interpretation);
        lead.Add(ReplyTexts.PrescriberLine);
        return new Answer
        {
            Kind = AnswerKind.Dosing,
            Lead = lead,
            Excerpts = excerpts,
            Disclaimer = options.Disclaimer,
            Suggestions = more ? [ReplyTexts.TellMeMore] : [],
            InterpretedAs = interpretation.InterpretedAs,
        };
    }

    /// <summary>An answer, a "did you mean", or an honest "not covered", by the best passage's coverage.</summary>
    public Answer Retrieved(KnowledgeSearch search, RetrievalResult retrieval, Interpretation interpretation, string? safetyNote)
    {
        var lead = new List<string>();
        if (safetyNote is not null)
        {
            lead.Add(safetyNote);
        }

        AddInterpretation(lead, interpretation);
        var quotable = Quotable(retrieval);
        var (chosen, excerpts) = Choose(search, retrieval, quotable, options.MaxExcerpts, options.AnswerThreshold);
        if (chosen.Count > 0)
        {
            var shown = chosen.Select(c => c.Passage.Heading);
            var unshown = retrieval.Ranked.Where(r => r.Coverage >= options.AnswerThreshold && !chosen.Contains(r));
            var suggestions = _suggestions.Questions(search.Knowledge, unshown, [.. shown, interpretation.Query]).ToList();
            if (quotable.Any(r => r.Coverage >= options.AnswerThreshold && !chosen.Contains(r)))
            {
                suggestions.Add(ReplyTexts.TellMeMore);
            }

            return new Answer
            {
                Kind = AnswerKind.Answer,
                Lead = lead,
                Excerpts = excerpts,
                Disclaimer = options.Disclaimer,
                Suggestions = suggestions,
                InterpretedAs = interpretation.InterpretedAs,
            };
        }

        if (retrieval.TopCoverage >= options.SuggestThreshold)
        {
            var related = retrieval.Ranked.Where(r => r.Coverage >= options.SuggestThreshold);
            var didYouMean = _suggestions.Questions(search.Knowledge, related, [interpretation.Query]);
            if (didYouMean.Count > 0)
            {
                lead.Add(ReplyTexts.NotSure);
                return new Answer
                {
                    Kind = AnswerKind.LowConfidence,
                    Lead = lead,
                    Disclaimer = options.Disclaimer,
                    Suggestions = [.. didYouMean, ReplyTexts.NoneOfThese],
                    InterpretedAs = interpretation.InterpretedAs,
                };
            }
        }

        return NotCovered(search, lead, interpretation.InterpretedAs);
    }

    /// <summary>Further excerpts for "tell me more", or "that's everything".</summary>
    public Answer More(KnowledgeSearch search, RetrievalResult retrieval, IReadOnlySet<string> shown, string query)
    {
        var quotable = Quotable(retrieval);
        var (chosen, excerpts) = Choose(search, retrieval, quotable, options.MaxExcerpts, options.AnswerThreshold, shown);
        if (chosen.Count == 0)
        {
            return new Answer
            {
                Kind = AnswerKind.NoAnswer,
                Lead = [ReplyTexts.NothingMore],
                Disclaimer = options.Disclaimer,
                Suggestions = options.Examples,
            };
        }

        var remaining = quotable.Any(r => r.Coverage >= options.AnswerThreshold && !shown.Contains(r.Passage.Id) && !chosen.Contains(r));
        return new Answer
        {
            Kind = AnswerKind.Answer,
            Lead = [ReplyTexts.MoreLead, ReplyTexts.ShowingResultsFor + query],
            Excerpts = excerpts,
            Disclaimer = options.Disclaimer,
            Suggestions = remaining ? [ReplyTexts.TellMeMore] : [],
            InterpretedAs = query,
        };
    }

    /// <summary>"My articles don't cover that", the topics they do cover, and example questions.</summary>
    public Answer NotCovered(KnowledgeSearch search, IReadOnlyList<string> lead, string? interpretedAs)
    {
        var (titles, more) = _suggestions.Topics(search.Knowledge);
        return new Answer
        {
            Kind = AnswerKind.NoAnswer,
            Lead = [.. lead, ReplyTexts.NotCovered, ReplyTexts.Topics(titles, more)],
            Disclaimer = options.Disclaimer,
            Suggestions = options.Examples,
            InterpretedAs = interpretedAs,
        };
    }

    // A question with no distinctive words ("is baclofen safe?") ranks passages by little more than
    // where the drug name stands; beyond the best one, they would be padding. Definitions of a
    // "what is X?" subject are the exception: each one answers.
    private static IReadOnlyList<RankedPassage> Quotable(RetrievalResult retrieval)
    {
        if (retrieval.ContentWords.Count > 0 || retrieval.Ranked.Count == 0)
        {
            return retrieval.Ranked;
        }

        var subject = retrieval.DefinitionSubject;
        return [retrieval.Ranked[0], .. retrieval.Ranked.Skip(1).Where(r => subject is not null && DefinitionQuestion.Defines(r.Passage.Text, subject))];
    }

    private static void AddInterpretation(List<string> lead, Interpretation interpretation)
    {
        if (interpretation.InterpretedAs is { } read)
        {
            lead.Add(ReplyTexts.ShowingResultsFor + read);
        }
    }

    // An article may repeat lines (a summary list repeating an earlier one): a passage whose excerpt
    // would repeat one already chosen gives way to the next candidate. The excerpts built for that check
    // are the ones shown.
    private (IReadOnlyList<RankedPassage> Chosen, List<Excerpt> Excerpts) Choose(
        KnowledgeSearch search, RetrievalResult retrieval, IReadOnlyList<RankedPassage> candidates, int max, double threshold, IReadOnlySet<string>? exclude = null)
    {
        var skipped = new HashSet<string>(exclude ?? new HashSet<string>(), StringComparer.Ordinal);
        var built = new Dictionary<string, Excerpt>(StringComparer.Ordinal);
        while (true)
        {
            var chosen = _selector.Select(candidates, max, threshold, skipped);
            var excerpts = chosen.Select(Build).ToList();
            var texts = new HashSet<string>(StringComparer.Ordinal);
            var repeat = excerpts.FindIndex(e => !texts.Add(e.Text));
            if (repeat < 0)
            {
                return (chosen, excerpts);
            }

            skipped.Add(chosen[repeat].Passage.Id);
        }

        Excerpt Build(RankedPassage c) =>
            built.TryGetValue(c.Passage.Id, out var excerpt)
                ? excerpt
                : built[c.Passage.Id] = _excerpts.Build(search, c, retrieval.HighlightTerms, retrieval.DefinitionSubject);
    }
}
