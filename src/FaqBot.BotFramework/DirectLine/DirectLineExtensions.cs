using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line 3.0 subset (<c>/v3/directline/…</c>).</summary>
public static class DirectLineExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
