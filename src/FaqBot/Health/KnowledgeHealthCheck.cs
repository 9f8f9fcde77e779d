using FaqBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Health;

/// <summary>
/// Ready once the knowledge base is loaded; reports the index version being served and the files that were
/// skipped (file:line: message), so an operator sees a broken edit without reading the logs.
/// </summary>
internal sealed class KnowledgeHealthCheck(KnowledgeLoadState state, IServiceProvider services) : IHealthCheck
{
    private const int MaxProblemsShown = 20;

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
            // The version is a hash of the articles, synonyms and index settings: equal on every instance
            // that serves the same knowledge.
            ["content_hash"] = knowledge.Version,
            ["articles"] = knowledge.Articles.Count,
            ["passages"] = knowledge.Passages.Count,
            ["built_at"] = knowledge.BuiltAt,
            ["problem_count"] = knowledge.Problems.Count,
            // Enough to point at what to fix; a folder of thousands of broken files must not bloat every probe.
            ["problems"] = knowledge.Problems.Take(MaxProblemsShown).Select(problem => problem.ToString()).ToArray(),
        };
        return Task.FromResult(HealthCheckResult.Healthy("The knowledge base is loaded.", data));
    }
}
