using FaqBot.Answers.Composition;
using FaqBot.Rendering;

namespace FaqBot.Metrics;

/// <summary>Counts each answer by its kind, around the real answerer.</summary>
internal sealed class MeasuredQuestionAnswerer(IQuestionAnswerer inner, TurnMetrics metrics) : IQuestionAnswerer
{
    public Answer Answer(UserQuestion question)
    {
        var answer = inner.Answer(question);
        metrics.Answered(AnswerJsonWriter.KindName(answer.Kind));
        return answer;
    }

    public Answer Welcome(string? locale) => inner.Welcome(locale);
}
