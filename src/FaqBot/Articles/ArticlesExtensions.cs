using FaqBot.Knowledge;

namespace FaqBot.Articles;

/// <summary>Maps <c>GET /articles/{id}</c>: the curated article as a readable page, the target of excerpt links.</summary>
internal static class ArticlesExtensions
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Article ids are short relative paths; anything longer is not one of ours.</summary>
    private const int MaxIdLength = 512;

    public static WebApplication MapArticles(this WebApplication app)
    {
        // Catch-all, because ids contain '/' (GARD/0001521-congenital-hypothyroidism).
        app.MapGet("/articles/{**id}", (string? id, KnowledgeBaseProvider knowledge, HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = ArticlePage.ContentSecurityPolicy;
            response.Headers.XContentTypeOptions = "nosniff";
            id ??= "";
            // One snapshot per request, so the article and its passages come from the same version.
            var snapshot = knowledge.Current;
            var article = IsPlausibleId(id) ? snapshot.FindArticle(id) : null;
            if (article is null)
            {
                return Results.Content(ArticlePage.RenderNotFound(id), HtmlContentType, statusCode: StatusCodes.Status404NotFound);
            }

            return Results.Content(ArticlePage.Render(article, snapshot.PassagesOf(article.Id)), HtmlContentType);
        });
        return app;
    }

    /// <summary>
    /// Articles are looked up by id in memory, never by file path, so no request can read a file; ids
    /// that look like traversal are still turned away before the lookup.
    /// </summary>
    private static bool IsPlausibleId(string id) =>
        id.Length is > 0 and <= MaxIdLength
        && !id.Contains('\\')
        && !id.Contains('\0')
        && !id.StartsWith('/')
        && !id.Split('/').Any(segment => segment is "" or "." or "..");
}
