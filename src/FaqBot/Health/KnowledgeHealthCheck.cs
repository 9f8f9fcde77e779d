using FaqBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Health;

/// <summary>
/// Ready once the knowledge base is loaded; reports the index version being served and the files that were
/// skipped (file:line: message), so an operator sees a broken edit without reading the logs.
/// </summary>
internal sealed class KnowledgeHealthCheck(KnowledgeLoadState state, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The knowledge base is loading."));
        }

        var knowledge = services.GetRequiredService<KnowledgeBaseProvider>().Current;
        var data = new Dictionary<string, object>
        {
            ["index_version"] = knowledge.Version,
            ["articles"] = knowledge.Articles.Count,
            ["passages"] = knowledge.Passages.Count,
            ["built_at"] = knowledge.BuiltAt,
            ["problems"] = knowledge.Problems.Select(problem => problem.ToString()).ToArray(),
        };
        return Task.FromResult(HealthCheckResult.Healthy("The knowledge base is loaded.", data));
    }
}
