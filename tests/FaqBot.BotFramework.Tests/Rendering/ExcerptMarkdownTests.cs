using System.Net;
using System.Text.RegularExpressions;
using FaqBot.Answers.Composition;
using FaqBot.BotFramework.Rendering;
using Markdig;

namespace FaqBot.BotFramework.Tests.Rendering;

/// <summary>
/// Excerpts are quoted verbatim, so their Markdown must render as the article reads: list numbers kept,
/// one line per list item, article characters never taken for syntax. Checked with a CommonMark renderer.
/// </summary>
public sealed partial class ExcerptMarkdownTests
{
    // The shape of the curated Baclofen articles: numbered items with indented bullet lists under them.
    private const string ListExcerpt =
        "4. Side effects: Common side effects of Baclofen include:\n    • Dizziness\n    • Drowsiness\n  5. Warnings: Baclofen can cause serious side effects.";

    [Fact]
    public void Numbered_list_items_keep_the_numbers_the_article_gives_them()
    {
        var html = Render(new Excerpt { Text = ListExcerpt, ArticleId = "a", ArticleTitle = "A", Section = "", Link = "/articles/a" });

        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li", html, StringComparison.Ordinal);
        Assert.Contains("4. Side effects", Visible(html), StringComparison.Ordinal);
        Assert.Contains("5. Warnings", Visible(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_article_line_is_its_own_paragraph_indented_like_its_list_siblings()
    {
        var html = Render(new Excerpt { Text = ListExcerpt, ArticleId = "a", ArticleTitle = "A", Section = "", Link = "/articles/a" });

        var paragraphs = Paragraphs().Matches(html).Select(m => Visible(m.Groups[1].Value)).ToList();
        Assert.Equal(
            [
                "4. Side effects: Common side effects of Baclofen include:",
                "\u00A0\u00A0• Dizziness",
                "\u00A0\u00A0• Drowsiness",
                "5. Warnings: Baclofen can cause serious side effects.",
            ],
            paragraphs);
        Assert.DoesNotContain("<pre", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trimmed_first_bullet_is_indented_like_the_bullets_after_it()
    {
        const string text = "• Respiratory depression\n    • Sedation\n  6. Interactions: Baclofen can interact with other medications.";

        var html = Render(new Excerpt { Text = text, ArticleId = "a", ArticleTitle = "A", Section = "", Link = "/articles/a" });

        Assert.Equal(
            ["\u00A0\u00A0• Respiratory depression", "\u00A0\u00A0• Sedation", "6. Interactions: Baclofen can interact with other medications."],
            Paragraphs().Matches(html).Select(m => Visible(m.Groups[1].Value)));
    }

    [Fact]
    public void Highlights_are_bold_and_article_characters_are_never_markdown()
    {
        const string text = "Take *one* tablet_daily [not more] or `two`.\n- see ~~label~~\n# 1 choice";
        var start = text.IndexOf("tablet_daily", StringComparison.Ordinal);
        var excerpt = new Excerpt
        {
            Text = text,
            Highlights = [new TextSpan(start, "tablet_daily".Length)],
            ArticleId = "a",
            ArticleTitle = "A",
            Section = "",
            Link = "/articles/a",
        };

        var html = Render(excerpt);

        Assert.Equal(["tablet_daily"], Strong().Matches(html).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("<em", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<del", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Equal(
            "Take *one* tablet_daily [not more] or `two`.\n- see ~~label~~\n# 1 choice",
            string.Join('\n', Paragraphs().Matches(html).Select(m => Visible(m.Groups[1].Value))));
    }

    [Fact]
    public void Teams_card_keeps_both_feedback_buttons_however_many_suggestions_there_are()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.Answer,
            Excerpts = [new Excerpt { Text = "Baclofen relaxes muscles.", ArticleId = "a", ArticleTitle = "A", Section = "", Link = "/articles/a" }],
            Suggestions = ["Q1?", "Q2?", "Q3?", "Q4?", "Q5?", "Q6?"],
        };

        var card = AdaptiveAnswerCardBuilder.Build(answer, new RenderContext("msteams", "q", "https://faq.example.org"), suggestionButtons: true);

        var titles = card.Content!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Q1?", "Q2?", "Q3?", "Q4?", "👍 Helpful", "👎 Not helpful"], titles);
    }

    [Fact]
    public void Source_line_names_the_publisher_and_the_review_date()
    {
        var excerpt = new Excerpt
        {
            Text = "x",
            ArticleId = "a",
            ArticleTitle = "Baclofen",
            ArticleSource = "MedlinePlus",
            Reviewed = "2024-05-01",
            Section = "Uses",
            Link = "/articles/a#uses",
        };

        var line = MarkdownAnswerFormatter.SourceLink(excerpt, new RenderContext("webchat", null, "https://faq.example.org"));

        Assert.Equal("[Baclofen › Uses](https://faq.example.org/articles/a#uses) (MedlinePlus, reviewed 2024-05-01)", line);
    }

    private static string Render(Excerpt excerpt) => Markdown.ToHtml(MarkdownAnswerFormatter.Emphasize(excerpt));

    // The text a reader sees: tags dropped, entities decoded, the invisible word joiner removed.
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(html, "")).Replace("\u2060", "", StringComparison.Ordinal).Trim('\n');

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraphs();

    [GeneratedRegex("<strong>(.*?)</strong>")]
    private static partial Regex Strong();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
