namespace FaqBot.WebChat;

/// <summary>Serves the chat page (<c>GET /</c>) with Microsoft's Web Chat and its static files.</summary>
internal static class WebChatPageExtensions
{
    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        return app;
    }
}
