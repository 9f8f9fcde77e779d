using FaqBot.Articles;
using FaqBot.Knowledge.Passages;

namespace FaqBot.Tests.Articles;

public sealed class ArticleMarkdownTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org/a", true)]
    [InlineData("mailto:someone@example.org", true)]
    [InlineData("/articles/other#uses", true)]
    [InlineData("#uses", true)]
    [InlineData("other-article?x=a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("vbscript:msgbox", false)]
    public void Allows_only_relative_web_and_mail_links(string url, bool safe)
    {
        Assert.Equal(safe, ArticleMarkdown.IsSafeUrl(url));
    }

    [Fact]
    public void Neutralises_unsafe_autolinks_and_images()
    {
        var html = ArticleMarkdown.ToHtml("See <javascript:alert(1)> and ![x](javascript:alert(2)).", []);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Gives_headings_without_a_passage_their_own_unique_id()
    {
        var passages = new[] { new Passage("a#0", "a", "Uses", "heading-1", "Text.", 10, 0, false) };

        var html = ArticleMarkdown.ToHtml("## Intro\n\n## Uses\n\nText.\n", passages);

        Assert.Contains("<h2 id=\"heading-2\">Intro</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"heading-1\">Uses</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_headings_closed_with_hashes()
    {
        var passages = new[] { new Passage("a#0", "a", "Side effects", "side-effects", "Text.", 20, 0, false) };

        var html = ArticleMarkdown.ToHtml("## Side effects ##\n\nText.\n", passages);

        Assert.Contains("<h2 id=\"side-effects\">Side effects</h2>", html, StringComparison.Ordinal);
    }
}
