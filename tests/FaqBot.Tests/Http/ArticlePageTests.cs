using System.Net;
using System.Text.RegularExpressions;
using FaqBot.Answers.Composition;
using FaqBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Http;

public sealed partial class ArticlePageTests : IDisposable
{
    private const string HostileArticleId = "GARD/0001521-congenital-hypothyroidism";

    private readonly TestWorkspace workspace = new();

    public ArticlePageTests()
    {
        workspace.WriteFile($"knowledge/{HostileArticleId}.md", """
            ---
            title: "Congenital <hypothyroidism> & you"
            source: "Genetic <b>and</b> Rare Diseases"
            published: 2024-03-01
            author: "Dr. O'Neil"
            ---

            Congenital hypothyroidism is a partial or complete loss of thyroid function.

            ## What is congenital hypothyroidism?

            It affects infants from birth. <script>alert('page')</script>

            <img src=x onerror=alert(1)>

            ## Symptoms

            Read [more](javascript:alert(2)) or [the source](https://rarediseases.info.nih.gov/) about symptoms.

            ## Symptoms

            A second section with the same heading still gets its own anchor.
            """);
        workspace.WriteFile("knowledge/plain.md", """
            ---
            title: "Plain article"
            source: "Example"
            ---

            ## Uses

            Plain text about uses of the medicine.
            """);
    }

    [Fact]
    public async Task Serves_an_article_whose_id_contains_a_slash_as_html()
    {
        using var app = StartApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/articles/{HostileArticleId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Congenital &lt;hypothyroidism&gt; &amp; you</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Genetic &lt;b&gt;and&lt;/b&gt; Rare Diseases", html, StringComparison.Ordinal);
        Assert.Contains("Dr. O&#39;Neil", html, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", html, StringComparison.Ordinal);
        Assert.Contains("Congenital hypothyroidism is a partial or complete loss of thyroid function.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_html_in_an_article_as_text_and_never_emits_script_or_javascript_links()
    {
        using var app = StartApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/articles/{HostileArticleId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert('page')&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://rarediseases.info.nih.gov/\"", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_every_section_the_anchor_the_knowledge_base_assigned()
    {
        using var app = StartApp();
        using var client = app.CreateClient();
        var knowledge = app.Services.GetRequiredService<KnowledgeBaseProvider>().Current;

        var html = await client.GetStringAsync(new Uri($"/articles/{HostileArticleId}", UriKind.Relative));

        var anchors = knowledge.Passages.Where(p => p.ArticleId == HostileArticleId && p.Anchor.Length > 0).Select(p => p.Anchor).Distinct().ToList();
        Assert.Equal(3, anchors.Count);
        var ids = ElementIds(html);
        Assert.All(anchors, anchor => Assert.Contains(anchor, ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Resolves_the_link_of_every_excerpt_to_an_article_page_with_that_anchor()
    {
        using var app = new FaqBotApplication(TestWorkspace.RepositoryKnowledge, workspace.Root);
        using var client = app.CreateClient();
        var answerer = app.Services.GetRequiredService<IQuestionAnswerer>();
        var excerpts = new[] { "What is baclofen?", "Can baclofen cause anxiety?", "What are the side effects of baclofen?" }
            .SelectMany(question => answerer.Answer(new UserQuestion(question, Guid.NewGuid().ToString())).Excerpts)
            .ToList();

        Assert.NotEmpty(excerpts);
        foreach (var excerpt in excerpts)
        {
            var parts = excerpt.Link.Split('#', 2);
            var html = await client.GetStringAsync(new Uri(parts[0], UriKind.Relative));
            if (parts.Length == 2 && parts[1].Length > 0)
            {
                Assert.Contains(Uri.UnescapeDataString(parts[1]), ElementIds(html));
            }
        }
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/GARD")]
    [InlineData("/articles/")]
    public async Task Answers_404_with_a_page_for_an_unknown_article(string path)
    {
        using var app = StartApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Article not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/..%2F..%2Fsettings.json")]
    [InlineData("/articles/%2e%2e/%2e%2e/settings.json")]
    [InlineData("/articles/GARD/..%2F..%2Fsettings")]
    [InlineData("/articles/..%5C..%5Csettings.json")]
    [InlineData("/articles/%2Fetc%2Fpasswd")]
    public async Task Never_serves_a_file_outside_the_articles_whatever_the_path(string path)
    {
        workspace.WriteFile("settings.json", "{\"secret\":\"do-not-serve\"}");
        using var app = StartApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("do-not-serve", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    public void Dispose() => workspace.Dispose();

    private FaqBotApplication StartApp() => new(Path.Combine(workspace.Root, "knowledge"), workspace.Root);

    private static List<string> ElementIds(string html) =>
        [.. IdAttribute().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))];

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();
}
