using FaqBot.Knowledge.Articles;
using FaqBot.Knowledge.Passages;

namespace FaqBot.Knowledge.Tests;

public sealed class PassageSplitterTests
{
    private static Article ArticleWith(string body) => new("topic/article", "The title", "Source", "origin.txt", null, null, null, null, body, "/tmp/article.md");

    private static IReadOnlyList<Passage> Split(string body, int target = 600)
    {
        var article = ArticleWith(body);
        var passages = new PassageSplitter(target).Split(article);
        AssertVerbatim(article, passages);
        return passages;
    }

    internal static void AssertVerbatim(Article article, IReadOnlyList<Passage> passages)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            Assert.Equal(passage.Text, article.Body.Substring(passage.Offset, passage.Text.Length));
            Assert.Equal(passage.Text.Trim(), passage.Text);
            Assert.NotEmpty(passage.Text);
            Assert.Equal(i, passage.Position);
            Assert.Equal($"{article.Id}#{i}", passage.Id);
            Assert.Equal(article.Id, passage.ArticleId);
            Assert.Equal(article.Title, passage.Title);
            Assert.True(i == 0 || passage.Offset > passages[i - 1].Offset, "passages are in body order");
        }
    }

    [Fact]
    public void Splits_sections_at_headings_and_paragraphs_at_blank_lines()
    {
        var passages = Split("\nIntro paragraph.\n\n## First section\n\nOne.\n\nTwo,\nstill two.\n\n### Sub section ###\nThree.\n");

        Assert.Equal(["Intro paragraph.", "One.", "Two,\nstill two.", "Three."], passages.Select(passage => passage.Text));
        Assert.Equal(["", "First section", "First section", "Sub section"], passages.Select(passage => passage.Heading));
        Assert.Equal(["", "first-section", "first-section", "sub-section"], passages.Select(passage => passage.Anchor));
    }

    [Fact]
    public void Makes_anchors_the_way_github_does_and_numbers_repeated_headings()
    {
        var passages = Split("## TL; DR: Baclofen Summary\n\nA.\n\n## Baclofen's Potential\n\nB.\n\n## Notes\n\nC.\n\n## Notes\n\nD.\n\n## Notes\n\nE.");

        Assert.Equal(["tl-dr-baclofen-summary", "baclofens-potential", "notes", "notes-1", "notes-2"], passages.Select(passage => passage.Anchor));
        Assert.Equal("baclofen-health-benefits--risks", HeadingAnchor.Create("Baclofen: Health Benefits & Risks"));
    }

    [Fact]
    public void Marks_question_headings_as_faq_but_not_taglines_that_end_in_a_question()
    {
        var passages = Split("## What are the health risks of Baclofen?\n\nA.\n\n## Is Rubinstein-Taybi syndrome inherited ?\n\nB.\n\n" +
            "## Unraveling the Mystery: Does Baclofen Ease Anxiety?\n\nC.\n\n## Key Points\n\nD.");

        Assert.Equal([true, true, false, false], passages.Select(passage => passage.IsFaq));
    }

    [Fact]
    public void Ends_a_section_at_a_thematic_break()
    {
        var passages = Split("## How long does it take?\n\nAbout an hour.\n\n***\n\nIn conclusion, it helps.");

        Assert.Equal(("How long does it take?", true), (passages[0].Heading, passages[0].IsFaq));
        Assert.Equal(("", "", false), (passages[1].Heading, passages[1].Anchor, passages[1].IsFaq));
    }

    [Fact]
    public void Cuts_a_long_paragraph_between_sentences_near_the_target_length()
    {
        var sentences = Enumerable.Range(1, 12).Select(i => $"Sentence number {i} says something about baclofen and muscles.").ToList();
        var passages = Split("## Long\n\n" + string.Join(' ', sentences), target: 150);

        Assert.True(passages.Count > 3);
        Assert.All(passages, passage => Assert.True(passage.Text.Length <= 150, passage.Text));
        Assert.All(passages, passage => Assert.EndsWith("muscles.", passage.Text, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', passages.Select(passage => passage.Text)));
        Assert.All(passages, passage => Assert.Equal("Long", passage.Heading));
    }

    [Fact]
    public void Does_not_cut_after_abbreviations_decimals_or_before_lower_case()
    {
        var text = "Ask Dr. Smith about it. Doses of 2.5 mg exist, e.g. for children. Some say so. and others not! Really? Yes.";
        var passages = Split(text, target: 80);

        Assert.Contains(passages, passage => passage.Text.StartsWith("Ask Dr. Smith about it.", StringComparison.Ordinal));
        Assert.Contains(passages, passage => passage.Text.Contains("2.5 mg exist, e.g. for children.", StringComparison.Ordinal));
        Assert.Contains(passages, passage => passage.Text.Contains("Some say so. and others not!", StringComparison.Ordinal));
    }

    [Fact]
    public void Cuts_a_long_list_between_items_keeping_nested_items_with_their_parent()
    {
        var body = "## Facts\n\n" +
            "  1. Mechanism of action: Baclofen works by binding to specific receptors in the brain and spinal cord.\n" +
            "  2. Indications: Baclofen is approved to treat muscle spasms caused by various conditions, including:\n" +
            "    • Multiple sclerosis\n    • Spinal cord injuries\n" +
            "  3. Dosage: The usual dose of Baclofen is 10-20 mg taken 3-4 times a day, depending on the condition.\n";
        var passages = Split(body, target: 160);

        Assert.Equal(3, passages.Count);
        Assert.StartsWith("1. Mechanism", passages[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("• Spinal cord injuries", passages[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("3. Dosage", passages[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_short_bullet_lines_together_verbatim()
    {
        var passages = Split("## Key Points\n\n  • Baclofen is a relaxant.\n  • Its primary uses include spasticity.\n");

        Assert.Equal("• Baclofen is a relaxant.\n  • Its primary uses include spasticity.", Assert.Single(passages).Text);
    }

    [Fact]
    public void Joins_a_lead_in_ending_with_a_colon_to_the_paragraph_it_introduces()
    {
        var passages = Split("## Risks\n\nThere are a few buoys to be wary of:\n\n  • Side Effects: drowsiness.\n  • Not a One-size-fits-all.\n\nLast words:\n\n## Next\n\nText.");

        Assert.Equal(
            ["There are a few buoys to be wary of:\n\n  • Side Effects: drowsiness.\n  • Not a One-size-fits-all.", "Last words:", "Text."],
            passages.Select(passage => passage.Text));
    }

    [Fact]
    public void Keeps_a_lead_in_on_its_own_when_the_joined_text_would_exceed_the_target()
    {
        var list = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"  {i}. Item {i} is a longer line about baclofen and its effects."));
        var passages = Split("Some of the risks include:\n\n" + list, target: 100);

        Assert.Equal("Some of the risks include:\n\n  1. Item 1 is a longer line about baclofen and its effects.", passages[0].Text);
        Assert.StartsWith("2. Item 2", passages[1].Text, StringComparison.Ordinal);

        var tight = Split("Some of the risks include:\n\n" + list, target: 80);
        Assert.Equal("Some of the risks include:", tight[0].Text);
    }

    [Fact]
    public void Keeps_fenced_code_whole_and_does_not_read_headings_inside_it()
    {
        var passages = Split("## Code\n\n```\n# not a heading\n\nstill code\n```\n\nAfter.");

        Assert.Equal(["```\n# not a heading\n\nstill code\n```", "After."], passages.Select(passage => passage.Text));
        Assert.All(passages, passage => Assert.Equal("Code", passage.Heading));
    }

    [Fact]
    public void Handles_crlf_line_endings_and_a_hash_without_space()
    {
        var passages = Split("## Title\r\n\r\n#hashtag is text\r\n\r\nMore.\r\n");

        Assert.Equal(["#hashtag is text", "More."], passages.Select(passage => passage.Text));
    }
}
