namespace FaqBot.Redis;

/// <summary>
/// Where per-conversation and per-deployment state lives (configuration section <c>State</c>). With
/// <see cref="Redis"/> empty every store is in this process (one instance); set, every instance behind
/// the load balancer shares it through Redis.
/// </summary>
public sealed class StateOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "State";

    /// <summary>A StackExchange.Redis connection string (<c>127.0.0.1:6379</c>, <c>host:port,password=…,ssl=true</c>); empty: in-memory stores.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every key and channel, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "faqbot:";

    /// <summary>How long an answered activity id is remembered, so a redelivery within it is not answered again.</summary>
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Feedback and unanswered records kept in Redis at most (the oldest go first).</summary>
    public int MaxRecords { get; set; } = 100_000;

    /// <summary>True when Redis is configured.</summary>
    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);
}
