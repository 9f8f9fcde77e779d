using FaqBot.Answers.Composition;
using FaqBot.Answers.Context;
using FaqBot.Answers.Retrieval;
using FaqBot.Answers.Safety;
using FaqBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers;

/// <summary>Registers FaqBot's answering with dependency injection.</summary>
public static class AnswersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge base (<c>AddKnowledge</c>), the options of the "Answers", "Safety" and
    /// "Search" sections (validated at start-up), the conversation context store, and
    /// <see cref="AnswerEngine"/> as the <see cref="IQuestionAnswerer"/>.
    /// </summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddKnowledge(configuration);
        services.AddOptions<AnswersOptions>().Bind(configuration.GetSection(AnswersOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SafetyOptions>().Bind(configuration.GetSection(SafetyOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SearchSettings>().Bind(configuration.GetSection(SearchSettings.SectionName)).ValidateOnStart();
        services.AddOptions<MessageLoggingOptions>().Bind(configuration.GetSection(MessageLoggingOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnswersOptions>, AnswersOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SafetyOptions>, SafetyOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SearchSettings>, SearchSettingsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationContextStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AnswersOptions>>().Value;
            return new ConversationContextStore(options.ContextCapacity, options.ContextIdleTimeout, provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<AnswerEngine>();
        services.TryAddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<AnswerEngine>());
        return services;
    }
}
