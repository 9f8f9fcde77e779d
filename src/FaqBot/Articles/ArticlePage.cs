using System.Globalization;
using System.Net;
using System.Text;
using FaqBot.Knowledge.Articles;
using FaqBot.Knowledge.Passages;

namespace FaqBot.Articles;

/// <summary>
/// The HTML page of one curated article (the target of every excerpt link) and the page for an
/// unknown article. Every value from an article file is HTML-encoded; the body goes through
/// <see cref="ArticleMarkdown"/>.
/// </summary>
internal static class ArticlePage
{
    /// <summary>No scripts, no plug-ins, no foreign styles: the page is text, inline styles and images.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.6;max-width:46rem;margin:0 auto;padding:1.5rem;color:#1b1b1b}
        header p{color:#555;margin:.25rem 0}
        nav.sections{background:#f5f7fa;border-radius:.5rem;padding:.5rem 1.25rem;margin:1rem 0}
        h2{margin-top:2rem;scroll-margin-top:1rem}
        :target{background:#fff6d5}
        footer{margin-top:3rem;font-size:.9rem;color:#555;border-top:1px solid #ddd;padding-top:1rem}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
        """;

    public static string Render(Article article, IReadOnlyList<Passage> passages)
    {
        var html = new StringBuilder();
        Open(html, article.Title);
        html.Append("<header>\n<h1>").Append(Encode(article.Title)).Append("</h1>\n");
        AppendDetails(html, article);
        html.Append("</header>\n");
        AppendSectionList(html, passages);
        html.Append("<article>\n").Append(ArticleMarkdown.ToHtml(article.Body, passages)).Append("</article>\n");
        html.Append("<footer><p>General information from published articles, not medical advice. ")
            .Append("Always consult your doctor or pharmacist about your own situation.</p>")
            .Append("<p><a href=\"/\">Ask FaqBot a question</a></p></footer>\n");
        return Close(html);
    }

    public static string RenderNotFound(string id)
    {
        var html = new StringBuilder();
        Open(html, "Article not found");
        html.Append("<h1>Article not found</h1>\n<p>There is no article <code>").Append(Encode(id))
            .Append("</code>. It may have been renamed or removed.</p>\n<p><a href=\"/\">Ask FaqBot a question</a></p>\n");
        return Close(html);
    }

    private static void AppendDetails(StringBuilder html, Article article)
    {
        html.Append("<p>Source: ");
        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            html.Append("<a href=\"").Append(Encode(uri.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">")
                .Append(Encode(article.Source)).Append("</a>");
        }
        else
        {
            html.Append(Encode(article.Source));
        }

        html.Append("</p>\n");
        AppendDetail(html, "Author", article.Author);
        AppendDetail(html, "Published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AppendDetail(html, "Reviewed", article.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void AppendDetail(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Append("<p>").Append(label).Append(": ").Append(Encode(value)).Append("</p>\n");
        }
    }

    private static void AppendSectionList(StringBuilder html, IReadOnlyList<Passage> passages)
    {
        var sections = ArticleMarkdown.Sections(passages);
        if (sections.Count < 2)
        {
            return;
        }

        html.Append("<nav class=\"sections\" aria-label=\"Sections\">\n<ul>\n");
        foreach (var (heading, anchor) in sections)
        {
            html.Append("<li><a href=\"#").Append(Uri.EscapeDataString(anchor)).Append("\">")
                .Append(Encode(heading)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void Open(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append(" - FaqBot</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

    private static string Close(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
