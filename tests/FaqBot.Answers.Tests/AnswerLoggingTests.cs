using FaqBot.Answers.Composition;
using FaqBot.Answers.Context;
using FaqBot.Answers.Retrieval;
using FaqBot.Answers.Safety;
using FaqBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Tests;

public sealed class AnswerLoggingTests : IDisposable
{
    private const string Secret = "zebrafinch baclofen anxiety";

    private readonly KnowledgeBaseProvider _provider = new(
        Options.Create(new KnowledgeOptions { Path = EngineFixture.KnowledgeFolder, Watch = false }),
        NullLogger<KnowledgeBaseProvider>.Instance);

    private ListLogger<AnswerEngine> AskWithLogging(bool includeMessageText)
    {
        var logger = new ListLogger<AnswerEngine>();
        var engine = new AnswerEngine(
            _provider,
            Options.Create(new AnswersOptions()),
            Options.Create(new SafetyOptions()),
            Options.Create(new SearchSettings()),
            Options.Create(new MessageLoggingOptions { IncludeMessageText = includeMessageText }),
            new ConversationContextStore(10, TimeSpan.FromMinutes(5), TimeProvider.System),
            logger);
        engine.Answer(new UserQuestion(Secret, "conversation-1"));
        return logger;
    }

    [Fact]
    public void Logs_the_explanation_without_the_message_text_by_default()
    {
        var messages = AskWithLogging(includeMessageText: false).Messages;

        var line = Assert.Single(messages);
        Assert.Contains("conversation-1", line, StringComparison.Ordinal);
        Assert.Contains(_provider.Current.Version, line, StringComparison.Ordinal);
        Assert.DoesNotContain("zebrafinch", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Logs_the_message_text_and_terms_when_configured()
    {
        var line = Assert.Single(AskWithLogging(includeMessageText: true).Messages);

        Assert.Contains(Secret, line, StringComparison.Ordinal);
        Assert.Contains("anxieti", line, StringComparison.Ordinal);
    }

    public void Dispose() => _provider.Dispose();
}
