using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Answers.Feedback;

/// <summary>Registers the feedback and unanswered logs.</summary>
public static class FeedbackExtensions
{
    /// <summary>Binds <see cref="FeedbackOptions"/> (section "Feedback") and registers both logs as singletons.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedbackOptions>()
            .Bind(configuration.GetSection(FeedbackOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Feedback:Path must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UnansweredPath), "Feedback:UnansweredPath must not be empty.")
            .ValidateOnStart();
        services.AddSingleton<FeedbackLog>();
        services.AddSingleton<UnansweredLog>();

        // The files of one instance; shared-state registrations (State:Redis) replace these.
        services.TryAddSingleton<IRecordLog<FeedbackRecord>>(sp => sp.GetRequiredService<FeedbackLog>());
        services.TryAddSingleton<IRecordLog<UnansweredRecord>>(sp => sp.GetRequiredService<UnansweredLog>());
        return services;
    }
}
