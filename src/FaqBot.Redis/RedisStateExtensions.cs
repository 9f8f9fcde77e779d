using FaqBot.Answers;
using FaqBot.Answers.Context;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.DirectLine;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Redis;

/// <summary>Chooses the state stores at start-up: in-memory (the default) or Redis when <c>State:Redis</c> is set.</summary>
public static class RedisStateExtensions
{
    /// <summary>The readiness tag the Redis health check carries.</summary>
    public const string HealthCheckName = "redis";

    /// <summary>
    /// Binds <see cref="StateOptions"/> (section "State"). With <c>State:Redis</c> set it replaces every
    /// in-memory store registered by <c>AddAnswers</c>, <c>AddBotFramework</c> and <c>AddDirectLine</c>
    /// (call it after them) with its Redis implementation, adds a readiness check tagged
    /// <paramref name="readinessTag"/>, and refuses to start without <c>DirectLine:TokenSigningKey</c>
    /// (a per-process key would make each instance reject the others' tokens).
    /// </summary>
    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration, string readinessTag)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .Validate(o => o.ProcessedActivityRetention > TimeSpan.Zero, "State:ProcessedActivityRetention must be positive.")
            .Validate(o => o.MaxRecords > 0, "State:MaxRecords must be positive.")
            .ValidateOnStart();
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>() ?? new StateOptions();
        if (!state.UsesRedis)
        {
            return services;
        }

        services.AddOptions<DirectLineOptions>().Validate(
            o => !string.IsNullOrEmpty(o.TokenSigningKey),
            "State:Redis is set but DirectLine:TokenSigningKey is empty: every instance must sign Direct Line tokens with the same key. "
            + "Set DirectLine__TokenSigningKey to base64 of at least 32 random bytes (for example `openssl rand -base64 32`) on every instance.");

        services.TryAddSingleton<StateMetrics>();
        services.TryAddSingleton<RedisConnection>();

        services.Replace(ServiceDescriptor.Singleton<IConversationContextStore>(sp => new RedisConversationContextStore(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<AnswersOptions>>().Value.ContextIdleTimeout,
            sp.GetRequiredService<StateMetrics>(),
            sp.GetRequiredService<ILogger<RedisConversationContextStore>>())));
        services.Replace(ServiceDescriptor.Singleton<IRecentAnswers>(sp => new RedisRecentAnswers(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<AnswersOptions>>().Value.ContextIdleTimeout,
            sp.GetRequiredService<StateMetrics>(),
            sp.GetRequiredService<ILogger<RedisRecentAnswers>>())));
        services.RemoveAll<IProcessedActivityStore>();
        services.AddSingleton<IProcessedActivityStore>(sp => new RedisProcessedActivityStore(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<StateOptions>>().Value.ProcessedActivityRetention,
            sp.GetRequiredService<StateMetrics>(),
            sp.GetRequiredService<ILogger<RedisProcessedActivityStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IRecordLog<FeedbackRecord>>(sp => FeedbackLog(sp)));
        services.Replace(ServiceDescriptor.Singleton<IRecordLog<UnansweredRecord>>(sp => UnansweredLog(sp)));

        services.TryAddSingleton<MemoryDirectLineStreamClaims>();
        services.AddSingleton<RedisDirectLineEvents>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisDirectLineEvents>());
        services.AddSingleton<RedisDirectLineState>();
        services.Replace(ServiceDescriptor.Singleton<IDirectLineConversationStore>(sp => sp.GetRequiredService<RedisDirectLineState>()));
        services.Replace(ServiceDescriptor.Singleton<IDirectLineActivityLog>(sp => sp.GetRequiredService<RedisDirectLineState>()));
        services.Replace(ServiceDescriptor.Singleton<IDirectLineTurnQueue>(sp => sp.GetRequiredService<RedisDirectLineState>()));
        services.Replace(ServiceDescriptor.Singleton<IDirectLineClientLimits, RedisDirectLineClientLimits>());
        services.Replace(ServiceDescriptor.Singleton<IDirectLineStreamClaims, RedisDirectLineStreamClaims>());

        services.AddHealthChecks().AddCheck<RedisHealthCheck>(HealthCheckName, HealthStatus.Unhealthy, [readinessTag]);
        return services;
    }

    /// <summary>The feedback log in Redis (<c>{prefix}feedback</c>), for <c>faqbot report</c> outside the host.</summary>
    public static RedisRecordLog<FeedbackRecord> FeedbackLog(IServiceProvider services) => new(
        services.GetRequiredService<RedisConnection>(), "feedback", services.GetRequiredService<IOptions<StateOptions>>().Value.MaxRecords);

    /// <summary>The unanswered-question log in Redis (<c>{prefix}unanswered</c>).</summary>
    public static RedisRecordLog<UnansweredRecord> UnansweredLog(IServiceProvider services) => new(
        services.GetRequiredService<RedisConnection>(), "unanswered", services.GetRequiredService<IOptions<StateOptions>>().Value.MaxRecords);
}
