using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Health;

/// <summary>
/// <c>GET /healthz</c> (liveness: the process answers, with every check shown) and <c>GET /readyz</c>
/// (readiness: 503 until the knowledge base is loaded and, with <c>State:Redis</c>, while Redis is unreachable).
/// </summary>
internal static class HealthExtensions
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeLoadState>();
        services.AddHostedService<KnowledgeWarmupService>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        // Liveness answers 200 while the process runs, and shows every check (the knowledge content hash,
        // Redis) so an operator sees at a glance what each instance serves and reaches.
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status200OK,
            },
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
