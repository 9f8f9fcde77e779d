using FaqBot.Answers.Composition;
using FaqBot.BotFramework.Connector;
using FaqBot.BotFramework.Turns;
using FaqBot.Redis;
using OpenTelemetry.Metrics;

namespace FaqBot.Metrics;

/// <summary>
/// OpenTelemetry metrics with a Prometheus scrape endpoint at <c>/metrics</c>: turns by reply kind, turn
/// latency, connector deliveries, retries and drops (meter FaqBot.BotFramework), open Direct Line
/// streams, and Redis degradations (meter FaqBot.State), plus ASP.NET Core's own request metrics.
/// </summary>
internal static class MetricsExtensions
{
    public const string ScrapePath = "/metrics";

    /// <summary>Call after the turn processor and answerer are registered: it wraps both to measure them.</summary>
    public static IServiceCollection AddFaqBotMetrics(this IServiceCollection services)
    {
        services.AddSingleton<TurnMetrics>();
        Decorate<IQuestionAnswerer>(services, (sp, inner) => new MeasuredQuestionAnswerer(inner, sp.GetRequiredService<TurnMetrics>()));
        Decorate<ITurnProcessor>(services, (sp, inner) => new MeasuredTurnProcessor(inner, sp.GetRequiredService<TurnMetrics>()));
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(TurnMetrics.MeterName, BotMetrics.MeterName, StateMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapFaqBotMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath);
        return app;
    }

    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before the metrics.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(TService),
            sp => wrap(sp, (TService)Inner(sp, registered)),
            registered.Lifetime));
    }

    private static object Inner(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
