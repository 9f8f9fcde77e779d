using System.Text.RegularExpressions;
using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Evaluation;

/// <summary>
/// Runs a question set through the engine and scores it. Dev-set questions are asked as a user would
/// (each in a fresh conversation) and scored on the reply: Recall@1/@3 and MRR by article over the
/// excerpts, expected phrases found, per-kind handling and the disclaimer. MedQuAD questions are scored
/// on <see cref="AnswerEngine.Rank"/>, by article and by section, down to rank 10.
/// </summary>
public sealed partial class Evaluator(AnswerEngine engine)
{
    private const int MedQuadCutoff = 10;

    // Enough passages that the top 10 distinct articles are almost always among them.
    private const int MedQuadPassages = 60;

    /// <summary>Evaluates <paramref name="set"/>; <paramref name="progress"/> receives the number of questions done.</summary>
    public EvaluationReport Evaluate(QuestionSet set, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Format == QuestionSetFormat.MedQuad
            ? EvaluateMedQuad(set, progress, cancellationToken)
            : EvaluateDevSet(set, progress, cancellationToken);
    }

    private EvaluationReport EvaluateDevSet(QuestionSet set, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var ranks = new List<int?>();
        var failures = new List<EvaluationFailure>();
        var kinds = QuestionSetLoader.Kinds.ToDictionary(k => k, _ => (Total: 0, Correct: 0));
        int firstSeed = 0, phraseHits = 0, phrasesFound = 0, phrasesTotal = 0, healthReplies = 0, disclaimerMissing = 0;
        var done = 0;
        foreach (var question in set.Questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answer = engine.Answer(new UserQuestion(question.Question, $"eval-{question.Id}-{Guid.NewGuid():N}"));
            var (correct, expected) = Judge(question, answer);
            if (question.Kind == "answerable")
            {
                var rank = FirstRelevantRank(answer, question.ExpectSeeds);
                ranks.Add(rank);
                firstSeed += answer.Excerpts.Count > 0 && question.ExpectSeeds.Count > 0 && answer.Excerpts[0].ArticleOrigin == question.ExpectSeeds[0] ? 1 : 0;
                var found = question.ExpectPhrases.Count(p => answer.Excerpts.Any(e => Squash(e.Text).Contains(Squash(p), StringComparison.Ordinal)));
                phrasesFound += found;
                phrasesTotal += question.ExpectPhrases.Count;
                phraseHits += found > 0 ? 1 : 0;
                correct = rank == 1;
            }

            if (answer.Kind != AnswerKind.ChitChat)
            {
                healthReplies++;
                if (string.IsNullOrWhiteSpace(answer.Disclaimer))
                {
                    disclaimerMissing++;
                    failures.Add(new EvaluationFailure(question.Id, question.Kind, question.Question, "the disclaimer", Describe(answer) + " without a disclaimer"));
                }
            }

            var tally = kinds[question.Kind];
            kinds[question.Kind] = (tally.Total + 1, tally.Correct + (correct ? 1 : 0));
            if (!correct)
            {
                failures.Add(new EvaluationFailure(question.Id, question.Kind, question.Question, expected, Describe(answer)));
            }

            progress?.Report(++done);
        }

        var answerable = ranks.Count;
        return new EvaluationReport
        {
            Path = set.Path,
            Format = set.Format,
            IndexVersion = engine.Knowledge.Version,
            Questions = set.Questions.Count,
            Articles = RankingMetrics.From(ranks, cutoff: 3),
            FirstSeedAtRank1 = answerable == 0 ? null : firstSeed / (double)answerable,
            PhraseHitRate = answerable == 0 ? null : phraseHits / (double)answerable,
            PhraseShare = phrasesTotal == 0 ? null : phrasesFound / (double)phrasesTotal,
            Kinds = [.. kinds.Where(k => k.Value.Total > 0).Select(k => new KindAccuracy(k.Key, Criterion(k.Key), k.Value.Total, k.Value.Correct))],
            HealthReplies = healthReplies,
            DisclaimerMissing = disclaimerMissing,
            Failures = failures,
        };
    }

    private EvaluationReport EvaluateMedQuad(QuestionSet set, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var articleRanks = new List<int?>();
        var sectionRanks = new List<int?>();
        var failures = new List<EvaluationFailure>();
        var done = 0;
        foreach (var question in set.Questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ranked = engine.Rank(question.Question, MedQuadPassages);
            var articles = ranked.Select(r => r.Passage.ArticleId).Distinct(StringComparer.Ordinal).Take(MedQuadCutoff).ToList();
            var sections = ranked.Select(r => (r.Passage.ArticleId, r.Passage.Heading)).Distinct().Take(MedQuadCutoff).ToList();
            var articleRank = articles.FindIndex(a => question.ExpectArticles.Contains(a, StringComparer.Ordinal)) + 1;
            var sectionRank = sections.FindIndex(s => s.ArticleId == question.ExpectArticles[0] && s.Heading == question.ExpectHeading) + 1;
            articleRanks.Add(articleRank > 0 ? articleRank : null);
            sectionRanks.Add(sectionRank > 0 ? sectionRank : null);
            if (sectionRank != 1)
            {
                var got = ranked.Count == 0 ? "no passages" : $"{ranked[0].Passage.ArticleId} / {ranked[0].Passage.Heading}";
                failures.Add(new EvaluationFailure(question.Id, question.Kind, question.Question,
                    $"{question.ExpectArticles[0]} / {question.ExpectHeading} at rank 1",
                    $"{got} (article rank {Rank(articleRank)}, section rank {Rank(sectionRank)})"));
            }

            progress?.Report(++done);
        }

        return new EvaluationReport
        {
            Path = set.Path,
            Format = set.Format,
            IndexVersion = engine.Knowledge.Version,
            Questions = set.Questions.Count,
            Articles = RankingMetrics.From(articleRanks, MedQuadCutoff),
            Sections = RankingMetrics.From(sectionRanks, MedQuadCutoff),
            Failures = failures,
        };
    }

    private static (bool Correct, string Expected) Judge(EvalQuestion question, Answer answer) => question.Kind switch
    {
        "answerable" => (false, $"rank-1 excerpt from {string.Join(" or ", question.ExpectSeeds)}"),
        "out_of_scope" => (answer.Excerpts.Count == 0 && answer.Kind is AnswerKind.NoAnswer or AnswerKind.LowConfidence, Criterion(question.Kind)),
        "emergency" => (answer.Kind == AnswerKind.Emergency, Criterion(question.Kind)),
        "chitchat" => (answer.Kind == AnswerKind.ChitChat, Criterion(question.Kind)),
        _ => (answer.Kind == AnswerKind.Dosing && answer.Lead.Contains(ReplyTexts.PrescriberLine), Criterion(question.Kind)),
    };

    private static string Criterion(string kind) => kind switch
    {
        "answerable" => "answered with a rank-1 excerpt from an expected article",
        "out_of_scope" => "abstained (no answer or did-you-mean, no excerpt)",
        "emergency" => "flagged as an emergency",
        "chitchat" => "recognised as chit-chat",
        _ => "handled as personal dosing with the prescriber line",
    };

    private static int? FirstRelevantRank(Answer answer, IReadOnlyList<string> seeds)
    {
        for (var i = 0; i < answer.Excerpts.Count; i++)
        {
            if (answer.Excerpts[i].ArticleOrigin is { } origin && seeds.Contains(origin, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Describe(Answer answer)
    {
        var kind = answer.Kind.ToString();
        return answer.Excerpts.Count == 0
            ? $"{kind}, no excerpts"
            : $"{kind}, excerpts from {string.Join(", ", answer.Excerpts.Select(e => e.ArticleOrigin ?? e.ArticleId))}";
    }

    private static string Rank(int rank) => rank > 0 ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    // The dev README: runs of spaces and line breaks count as one space.
    private static string Squash(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
