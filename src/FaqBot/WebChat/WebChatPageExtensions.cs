using FaqBot.BotFramework.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FaqBot.WebChat;

/// <summary>Serves the chat page (<c>GET /</c>) with Microsoft's Web Chat and its static files.</summary>
internal static class WebChatPageExtensions
{
    private const string FallbackDisclaimer =
        "This is general information from published articles, not medical advice. Always consult your doctor or pharmacist.";

    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.SectionName))
            .PostConfigure(options =>
            {
                // One disclaimer for the whole bot: the page shows the answers' text unless told otherwise.
                if (string.IsNullOrWhiteSpace(options.Disclaimer))
                {
                    options.Disclaimer = configuration["Answers:Disclaimer"] is { Length: > 0 } answers ? answers : FallbackDisclaimer;
                }
            })
            .ValidateDataAnnotations()
            .Validate(
                options => string.IsNullOrEmpty(options.DirectLineDomain)
                    || (Uri.TryCreate(options.DirectLineDomain, UriKind.Absolute, out var domain) && domain.Scheme == Uri.UriSchemeHttps),
                "WebChat:DirectLineDomain must be empty (this bot's own Direct Line) or an absolute https URL ending in /v3/directline.")
            .Validate(
                options => string.IsNullOrEmpty(options.DirectLineDomain) || !string.IsNullOrEmpty(options.DirectLineSecret),
                "WebChat:DirectLineSecret is required when WebChat:DirectLineDomain points at another Direct Line.")
            .Validate(
                options => options.EmbedOrigins.All(IsOrigin),
                "WebChat:EmbedOrigins entries must be origins such as https://www.example.org (scheme, host, optional port; no path).")
            .ValidateOnStart();
        services.AddHttpClient(nameof(WebChatTokenEndpoint), client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        var files = WebRootFiles(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => WebChatSecurityHeaders.AddCommon(context.Context.Response),
        });

        app.MapGet("/", (HttpContext context, IOptions<WebChatOptions> options) =>
        {
            var settings = options.Value;
            var external = string.IsNullOrEmpty(settings.DirectLineDomain) ? null : settings.DirectLineDomain.TrimEnd('/');
            var nonce = WebChatSecurityHeaders.NewNonce();
            WebChatSecurityHeaders.AddPage(context.Response, settings, nonce, external);
            var html = WebChatPage.Render(settings, nonce, external ?? $"{context.Request.PathBase}{DirectLineExtensions.BasePath}");
            return Results.Content(html, "text/html; charset=utf-8");
        });
        WebChatTokenEndpoint.Map(app);
        return app;
    }

    // Origins go into the Content-Security-Policy header, so nothing that could end a directive gets through.
    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && !value.Any(c => char.IsWhiteSpace(c) || c is ';' or ',' or '\'' or '"');

    /// <summary>
    /// The page's files are copied next to the binaries, so they are found whatever the working
    /// directory (dotnet run from the repo root, tests, the published app).
    /// </summary>
    private static IFileProvider WebRootFiles(WebApplication app)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "lib", "webchat.js")))
        {
            return new PhysicalFileProvider(beside);
        }

        app.Logger.LogWarning("Web Chat bundle not found in {Folder}; build the FaqBot project (it fetches it from npm)", beside);
        return app.Environment.WebRootFileProvider;
    }
}
