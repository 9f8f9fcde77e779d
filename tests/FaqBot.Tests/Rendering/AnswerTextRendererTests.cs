using FaqBot.Answers.Composition;
using FaqBot.Rendering;

namespace FaqBot.Tests.Rendering;

public sealed class AnswerTextRendererTests
{
    private static readonly Answer SampleAnswer = new()
    {
        Kind = AnswerKind.Answer,
        InterpretedAs = "baclofen side effects",
        Lead = ["Showing results for: baclofen side effects"],
        Excerpts =
        [
            new Excerpt
            {
                Text = "Baclofen may cause drowsiness.",
                Highlights = [new TextSpan(19, 10)],
                ArticleId = "health-benefits",
                ArticleTitle = "Baclofen: Health Benefits & Risks",
                ArticleSource = "Example Health",
                Reviewed = "2026-11-21",
                Section = "Side Effects",
                Link = "/articles/health-benefits#side-effects",
            },
        ],
        Disclaimer = "Consult your doctor.",
        Suggestions = ["Can baclofen cause anxiety?"],
    };

    [Fact]
    public void Shows_reading_excerpt_source_link_disclaimer_and_suggestions_in_that_order()
    {
        var text = AnswerTextRenderer.Render(SampleAnswer, EmphasisStyle.None);

        var order = new[]
        {
            "Showing results for: baclofen side effects",
            "\nBaclofen may cause drowsiness.\n",
            "    Source: Baclofen: Health Benefits & Risks > Side Effects (Example Health; reviewed 2026-11-21)",
            "    Link: /articles/health-benefits#side-effects",
            "Consult your doctor.",
            "You could ask:",
            "  - Can baclofen cause anxiety?",
        }.Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Says_how_the_question_was_read_once()
    {
        var text = AnswerTextRenderer.Render(SampleAnswer, EmphasisStyle.None);

        Assert.Single(text.Split('\n'), line => line.Contains("Showing results for:", StringComparison.Ordinal));
    }

    [Fact]
    public void Marks_highlighted_words_with_asterisks_when_not_on_a_terminal()
    {
        var text = AnswerTextRenderer.Render(SampleAnswer, EmphasisStyle.Markers);

        Assert.Contains("Baclofen may cause **drowsiness**.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_highlighted_words_in_bold_on_a_terminal()
    {
        var text = AnswerTextRenderer.Render(SampleAnswer, EmphasisStyle.Ansi);

        Assert.Contains("cause \u001b[1mdrowsiness\u001b[22m.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_highlights_outside_the_excerpt_instead_of_failing()
    {
        var answer = SampleAnswer with
        {
            Excerpts = [SampleAnswer.Excerpts[0] with { Highlights = [new TextSpan(25, 100), new TextSpan(-5, 2)] }],
        };

        var text = AnswerTextRenderer.Render(answer, EmphasisStyle.Markers);

        Assert.Contains("Baclofen may cause drowsi**ness.**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasises_neighbouring_words_as_one_phrase()
    {
        var answer = SampleAnswer with
        {
            Excerpts = [SampleAnswer.Excerpts[0] with { Text = "Common side effects vary.", Highlights = [new TextSpan(12, 7), new TextSpan(7, 4)] }],
        };

        var text = AnswerTextRenderer.Render(answer, EmphasisStyle.Markers);

        Assert.Contains("Common **side effects** vary.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_did_you_mean_for_low_confidence_answers()
    {
        var answer = new Answer { Kind = AnswerKind.LowConfidence, Lead = ["I'm not sure."], Suggestions = ["What is baclofen?"] };

        var text = AnswerTextRenderer.Render(answer, EmphasisStyle.None);

        Assert.Equal("I'm not sure.\n\nDid you mean:\n  - What is baclofen?\n", text);
    }
}
