using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line 3.0 subset (<c>/v3/directline/…</c>).</summary>
public static class DirectLineExtensions
{
    /// <summary>The path every Direct Line route lives under; clients use <c>{origin}/v3/directline</c> as domain.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>
    /// Registers the Direct Line services bound to the <c>DirectLine</c> section. The bot itself comes
    /// from the <see cref="ITurnProcessor"/> registered by <c>AddBotFramework</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(HasUsableSigningKey, "DirectLine:TokenSigningKey must be base64 of at least 32 bytes (or empty for a random key).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<DirectLineTokenService>();

        // The in-memory state of one instance; shared-state registrations (State:Redis) replace these.
        services.TryAddSingleton<MemoryDirectLineState>();
        services.TryAddSingleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<MemoryDirectLineState>());
        services.TryAddSingleton<IDirectLineActivityLog>(sp => sp.GetRequiredService<MemoryDirectLineState>());
        services.TryAddSingleton<IDirectLineTurnQueue>(sp => sp.GetRequiredService<MemoryDirectLineState>());
        services.TryAddSingleton<IDirectLineClientLimits, MemoryDirectLineClientLimits>();
        services.TryAddSingleton<IDirectLineStreamClaims, MemoryDirectLineStreamClaims>();

        services.AddSingleton<DirectLineMetrics>();
        services.AddSingleton<DirectLineClientGuard>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<DirectLineBotBridge>();
        services.AddHostedService<DirectLineMaintenance>();
        return services;
    }

    /// <summary>
    /// Maps the Direct Line routes. On a full application pipeline it also enables WebSockets,
    /// which the <c>streamUrl</c> needs.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints is IApplicationBuilder app)
        {
            app.UseWebSockets();
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var group = endpoints.MapGroup(BasePath);
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineExtensions));
        group.AddEndpointFilter(async (context, next) =>
        {
            DirectLineCors.AddResponseHeaders(context.HttpContext, options);
            try
            {
                return await next(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                // The conversation store is unreachable (a Redis restart): a 503 the client retries, never a 500.
                logger.LogWarning(exception, "Direct Line could not serve {Path}; answering 503", context.HttpContext.Request.Path);
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return DirectLineErrors.Unavailable();
            }
        });

        DirectLineTokenEndpoints.Map(group);
        DirectLineConversationEndpoints.Map(group);
        DirectLineActivityEndpoints.Map(group);
        DirectLineStreamEndpoint.Map(group);

        // Preflights for every route, and Direct Line-shaped 404s for anything else under the base path.
        group.Map("/{**rest}", (HttpContext context) => HttpMethods.IsOptions(context.Request.Method)
            ? DirectLineCors.Preflight(context, options)
            : DirectLineErrors.NotFound());
        return endpoints;
    }

    private static bool HasUsableSigningKey(DirectLineOptions options)
    {
        if (string.IsNullOrEmpty(options.TokenSigningKey))
        {
            return true;
        }

        Span<byte> buffer = stackalloc byte[1024];
        return Convert.TryFromBase64String(options.TokenSigningKey, buffer, out var length) && length >= 32;
    }
}
