using System.Globalization;
using System.Text;

namespace FaqBot.Answers.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as plain text for a terminal.</summary>
public static class EvaluationReportFormatter
{
    /// <summary>The report as text: the figures, then one line per failure.</summary>
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Line(text, $"{report.Path}: {report.Questions} questions ({report.Format}), index {report.IndexVersion}");
        if (report.Format == QuestionSetFormat.MedQuad)
        {
            Metrics(text, "articles", report.Articles);
            Metrics(text, "sections", report.Sections!);
        }
        else
        {
            var a = report.Articles;
            Line(text, $"answerable: {a.Questions}  Recall@1 {a.RecallAt1:0.000}  Recall@3 {a.RecallAt3:0.000}  MRR {a.Mrr:0.000}");
            if (report.FirstSeedAtRank1 is { } first)
            {
                Line(text, $"rank-1 excerpt from the most relevant article: {first:0.000}");
            }

            if (report.PhraseHitRate is { } hit && report.PhraseShare is { } share)
            {
                Line(text, $"expected phrases: questions with one in an excerpt {hit:0.000}, share of all phrases {share:0.000}");
            }

            foreach (var kind in report.Kinds)
            {
                Line(text, $"{kind.Kind}: {kind.Correct}/{kind.Total} {kind.Criterion}");
            }

            Line(text, $"disclaimer: {report.HealthReplies - report.DisclaimerMissing}/{report.HealthReplies} health replies");
        }

        Line(text, $"failures: {report.Failures.Count}");
        foreach (var failure in report.Failures)
        {
            Line(text, $"  {failure.Id} [{failure.Kind}] {failure.Question}");
            Line(text, $"      expected {failure.Expected}; got {failure.Actual}");
        }

        return text.ToString();
    }

    private static void Metrics(StringBuilder text, string name, RankingMetrics m) =>
        Line(text, $"{name}: Recall@1 {m.RecallAt1:0.000}  Recall@10 {m.RecallAt10:0.000}  MRR@{m.Cutoff} {m.Mrr:0.000}  ({m.Questions} questions)");

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
