using FaqBot.Knowledge.Articles;
using FaqBot.Knowledge.Passages;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Knowledge.Tests;

public sealed class CuratedKnowledgeTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBaseLoader.Load(RepositoryKnowledge.Options, NullLogger.Instance);

    [Fact]
    public void Loads_the_five_curated_articles_without_problems()
    {
        Assert.Empty(Knowledge.Problems);
        Assert.Equal(
            ["000_f9ecbdf80b6f9059.txt", "001_b9b07a926f3cbc68.txt", "002_571d21444bbda412.txt", "003_72201a5d9d0ae5c1.txt", "004_f654ca68cf559dd2.txt"],
            Knowledge.Articles.Select(article => article.Origin).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("does-baclofen-help-anxiety", "Does Baclofen Help Anxiety?", "Smart Meditation", null, null)]
    [InlineData("can-baclofen-cause-anxiety", "Can Baclofen Cause Anxiety?", "Smart Meditation", null, null)]
    [InlineData("baclofen-for-anxiety-can-it-help", "Baclofen for Anxiety: Can It Help?", "Publisher not stated", "2023-04-27", null)]
    [InlineData("unlocking-the-power-of-muscle-relaxation-exploring-the-top-uses-of-baclofen", "Unlocking the Power of Muscle Relaxation: Exploring the Top Uses of Baclofen", "Publisher not stated", null, null)]
    [InlineData("baclofen-health-benefits-and-risks", "Baclofen: Health Benefits & Risks", "Publisher not stated", null, "John Scott")]
    public void Reads_each_articles_front_matter(string id, string title, string source, string? published, string? author)
    {
        var article = Knowledge.FindArticle(id);

        Assert.NotNull(article);
        Assert.Equal(title, article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(author, article.Author);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Every_passage_is_a_verbatim_substring_of_its_article()
    {
        foreach (var article in Knowledge.Articles)
        {
            PassageSplitterTests.AssertVerbatim(article, Knowledge.PassagesOf(article.Id));
        }

        Assert.Equal(Knowledge.Passages.Count, Knowledge.Articles.Sum(article => Knowledge.PassagesOf(article.Id).Count));
    }

    [Fact]
    public void Leaves_out_the_advertising_banner_and_the_page_footer()
    {
        Assert.DoesNotContain(Knowledge.Passages, passage => passage.Text.Contains("Smart Meditation app", StringComparison.Ordinal));
        Assert.DoesNotContain(Knowledge.Passages, passage => passage.Text.Contains("Share This Story", StringComparison.Ordinal));
        Assert.DoesNotContain(Knowledge.Passages, passage => passage.Text.Contains("Leave A Comment", StringComparison.Ordinal));
        Assert.DoesNotContain(Knowledge.Passages, passage => passage.Text == "+");
    }

    [Fact]
    public void Keeps_curly_and_straight_apostrophes_as_the_originals_have_them()
    {
        Assert.Contains(Knowledge.Passages, passage => passage.ArticleId == "does-baclofen-help-anxiety" && passage.Text.Contains("brain’s brake pedal", StringComparison.Ordinal));
        Assert.Contains(Knowledge.Passages, passage => passage.ArticleId == "baclofen-for-anxiety-can-it-help" && passage.Text.Contains("it's essential", StringComparison.Ordinal));
    }

    [Fact]
    public void Turns_the_muscle_relaxation_question_and_answer_pairs_into_faq_passages()
    {
        var faq = Knowledge.PassagesOf("unlocking-the-power-of-muscle-relaxation-exploring-the-top-uses-of-baclofen").Where(passage => passage.IsFaq).ToList();

        Assert.Equal(
            ["What are the most common side effects of baclofen?", "Can baclofen be used to treat anxiety disorders?", "How long does it take for baclofen to take effect?"],
            faq.Select(passage => passage.Heading));
        Assert.StartsWith("The onset of action of baclofen", faq[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loads_the_synonyms_file()
    {
        Assert.True(Knowledge.Synonyms.Count >= 20, $"only {Knowledge.Synonyms.Count} synonym entries");
    }

    [Fact]
    public void Keeps_every_passage_of_the_curated_articles_near_the_target_length()
    {
        Assert.All(Knowledge.Passages, passage => Assert.True(passage.Text.Length <= RepositoryKnowledge.Options.PassageTargetLength, passage.Id));
    }

    [Fact]
    public void Finds_the_article_behind_every_origin_named_in_the_dev_questions()
    {
        Assert.All(Knowledge.Articles, article => Assert.Matches(@"^00[0-4]_[0-9a-f]{16}\.txt$", article.Origin));
        Assert.Null(Knowledge.FindArticle("missing"));
        Assert.Empty(Knowledge.PassagesOf("missing"));
    }
}
