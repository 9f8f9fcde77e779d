using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FaqBot.Health;

/// <summary>
/// <c>GET /healthz</c> (liveness: the process answers) and <c>GET /readyz</c> (readiness: 503 until the
/// knowledge base is loaded, then 200 with the index version).
/// </summary>
internal static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeLoadState>();
        services.AddHostedService<KnowledgeWarmupService>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
