using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Knowledge.Tests;

public sealed class KnowledgeServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddKnowledge(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Binds_the_knowledge_section_and_provides_one_loaded_knowledge_base()
    {
        using var services = Build(new()
        {
            ["Knowledge:Path"] = RepositoryKnowledge.Folder,
            ["Knowledge:PassageTargetLength"] = "400",
            ["Knowledge:Watch"] = "false",
            ["Knowledge:StopWords:0"] = "the",
        });

        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var provider = services.GetRequiredService<KnowledgeBaseProvider>();

        Assert.Equal((400, false), (options.PassageTargetLength, options.Watch));
        Assert.Equal(["the"], options.StopWords ?? []);
        Assert.Same(provider, services.GetRequiredService<KnowledgeBaseProvider>());
        Assert.Equal(5, provider.Current.Articles.Count);
        Assert.All(provider.Current.Passages, passage => Assert.True(passage.Text.Length <= 400, passage.Id));
    }

    [Fact]
    public void Reports_an_invalid_setting_by_its_key()
    {
        using var services = Build(new() { ["Knowledge:PassageTargetLength"] = "3" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KnowledgeOptions>>().Value);

        Assert.Contains("Knowledge:PassageTargetLength", error.Message, StringComparison.Ordinal);
    }
}
