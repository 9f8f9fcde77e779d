using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Health;

/// <summary>Writes a health report as a small JSON object: status, and each check's description and data.</summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object?> { ["status"] = report.Status.ToString().ToLowerInvariant() };
        foreach (var (name, entry) in report.Entries)
        {
            var check = new Dictionary<string, object?> { ["status"] = entry.Status.ToString().ToLowerInvariant(), ["description"] = entry.Description };
            foreach (var (key, value) in entry.Data)
            {
                check[key] = value;
            }

            body[name] = check;
        }

        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
