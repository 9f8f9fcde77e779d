using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Redis;

/// <summary>Readiness of the shared state: Redis answers a PING (with its round trip), or says which endpoint is being retried.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["endpoint"] = connection.Endpoint };
        if (!connection.IsConnected)
        {
            return HealthCheckResult.Unhealthy($"Redis at {connection.Endpoint} is unreachable; reconnecting.", data: data);
        }

        try
        {
            var latency = await connection.Database.PingAsync();
            data["ping_ms"] = Math.Round(latency.TotalMilliseconds, 2);
            return HealthCheckResult.Healthy("Redis answers.", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {connection.Endpoint} does not answer: {exception.Message}", data: data);
        }
    }
}
