using FaqBot.Answers.Composition;
using FaqBot.Answers.Safety;
using FaqBot.Answers.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Tests;

public sealed class AnswersServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Knowledge:Path", EngineFixture.KnowledgeFolder);
        settings.TryAdd("Knowledge:Watch", "false");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        services.AddAnswers(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Registers_a_working_question_answerer()
    {
        using var services = Build(new() { ["Answers:Disclaimer"] = "Ask your doctor." });

        var answer = services.GetRequiredService<IQuestionAnswerer>().Answer(new UserQuestion("What is spasticity?", "c"));

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("Ask your doctor.", answer.Disclaimer);
    }

    [Fact]
    public void Binds_locales_from_configuration_next_to_the_defaults()
    {
        using var services = Build(new()
        {
            ["Safety:DefaultLocale"] = "en-GB",
            ["Safety:Locales:en-IE:EmergencyNumber"] = "112",
            ["Safety:Locales:en-IE:CrisisLine"] = "Samaritans on 116 123",
        });

        var safety = services.GetRequiredService<IOptions<SafetyOptions>>().Value;
        var answer = services.GetRequiredService<IQuestionAnswerer>().Answer(new UserQuestion("I can't breathe", "c", "en-IE"));

        Assert.Equal("911", safety.ContactsFor("en-US").EmergencyNumber);
        Assert.Equal("999", safety.ContactsFor("xx").EmergencyNumber);
        Assert.Contains("112", answer.Lead[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_example_questions_replace_the_defaults()
    {
        using var services = Build(new() { ["Answers:ExampleQuestions:0"] = "Is baclofen addictive?" });

        var answer = services.GetRequiredService<IQuestionAnswerer>().Answer(new UserQuestion("hello", "c"));

        Assert.Equal(["Is baclofen addictive?"], answer.Suggestions);
    }

    [Fact]
    public void Rejects_invalid_options_naming_the_key()
    {
        using var services = Build(new() { ["Answers:MaxExcerpts"] = "0", ["Answers:AnswerThreshold"] = "2" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IQuestionAnswerer>());

        Assert.Contains("Answers:MaxExcerpts", error.Message, StringComparison.Ordinal);
        Assert.Contains("Answers:AnswerThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_setting_the_engine_cannot_rank_with_stops_start_up_naming_its_key()
    {
        using var services = Build(new() { ["Search:K1"] = "-1", ["Search:B"] = "2" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SearchSettings>>().Value);

        Assert.Contains(error.Failures, failure => failure.StartsWith("Search:K1 is -1", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith("Search:B is 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Excerpt_links_escape_article_ids_that_are_not_url_safe()
    {
        var folder = Directory.CreateTempSubdirectory("faqbot-links-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sub dir"));
            File.WriteAllText(
                Path.Combine(folder.FullName, "sub dir", "Über zebras#1.md"),
                "---\ntitle: Zebra stripes\nsource: Test\n---\n\n## Why do zebras have stripes?\n\nZebra stripes confuse biting flies that would otherwise land on the animals.\n");
            using var services = Build(new() { ["Knowledge:Path"] = folder.FullName });

            var answer = services.GetRequiredService<IQuestionAnswerer>().Answer(new UserQuestion("why do zebras have stripes?", "c"));

            var excerpt = Assert.Single(answer.Excerpts);
            Assert.Equal("sub dir/Über zebras#1", excerpt.ArticleId);
            Assert.Equal("/articles/sub%20dir/%C3%9Cber%20zebras%231#why-do-zebras-have-stripes", excerpt.Link);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
