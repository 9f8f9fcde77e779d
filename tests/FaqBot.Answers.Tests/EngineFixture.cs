using FaqBot.Answers.Context;
using FaqBot.Answers.Retrieval;
using FaqBot.Answers.Safety;
using FaqBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Tests;

/// <summary>One answer engine over the repository's curated knowledge/ folder, shared by a test class.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly KnowledgeBaseProvider _provider;

    public EngineFixture()
    {
        _provider = new KnowledgeBaseProvider(
            Options.Create(new KnowledgeOptions { Path = KnowledgeFolder, Watch = false }),
            NullLogger<KnowledgeBaseProvider>.Instance);
        Engine = CreateEngine(_provider);
    }

    public AnswerEngine Engine { get; }

    /// <summary>The repository's knowledge/ folder, found by walking up to FaqBot.sln.</summary>
    public static string KnowledgeFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
                {
                    return Path.Combine(dir.FullName, "knowledge");
                }
            }

            throw new InvalidOperationException("FaqBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public static AnswerEngine CreateEngine(
        KnowledgeBaseProvider provider, AnswersOptions? options = null, TimeProvider? time = null, SafetyOptions? safety = null) =>
        new(
            provider,
            Options.Create(options ?? new AnswersOptions()),
            Options.Create(safety ?? new SafetyOptions()),
            Options.Create(new SearchSettings()),
            Options.Create(new MessageLoggingOptions()),
            new ConversationContextStore(100, TimeSpan.FromMinutes(30), time ?? TimeProvider.System),
            NullLogger<AnswerEngine>.Instance);

    public void Dispose() => _provider.Dispose();
}
