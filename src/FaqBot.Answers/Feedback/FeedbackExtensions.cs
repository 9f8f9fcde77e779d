using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}
