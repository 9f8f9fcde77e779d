using System.Globalization;
using System.Text;
using FaqBot.Answers.Composition;

namespace FaqBot.Rendering;

/// <summary>Renders <see cref="AnswerExplanation"/> for <c>ask --explain</c>: why the answer is what it is.</summary>
internal static class ExplanationRenderer
{
    public static string Render(AnswerExplanation? explanation)
    {
        if (explanation is null)
        {
            return "No explanation: this reply did not come from a search.\n";
        }

        var text = new StringBuilder();
        text.Append("Index version:  ").Append(explanation.IndexVersion).Append('\n');
        text.Append("Query:          ").Append(explanation.Query).Append('\n');
        text.Append("Analysed terms: ").AppendJoin(", ", explanation.AnalyzedTerms).Append('\n');
        foreach (var note in explanation.Notes)
        {
            text.Append("Note:           ").Append(note).Append('\n');
        }

        if (explanation.Hits.Count == 0)
        {
            return text.Append("Hits:           none\n").ToString();
        }

        text.Append("Hits:\n");
        for (var i = 0; i < explanation.Hits.Count; i++)
        {
            var hit = explanation.Hits[i];
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1,2}. {hit.Score,8:0.0000}  {hit.PassageId}\n");
            foreach (var match in hit.Matches)
            {
                text.Append("                 ").Append(match).Append('\n');
            }
        }

        return text.ToString();
    }
}
