using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Knowledge;

/// <summary>Registers the knowledge base with dependency injection.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="KnowledgeOptions"/> to the "Knowledge" section (validated at start-up) and registers the
    /// <see cref="KnowledgeBaseProvider"/> singleton, which loads the articles when first resolved.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton<KnowledgeBaseProvider>();
        return services;
    }

    private sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
    {
        public ValidateOptionsResult Validate(string? name, KnowledgeOptions options) =>
            options.Validate() is { } failure ? ValidateOptionsResult.Fail(failure) : ValidateOptionsResult.Success;
    }
}
