using Microsoft.Extensions.Options;

namespace FaqBot.Knowledge.Tests;

public sealed class KnowledgeBaseProviderTests : IDisposable
{
    private static readonly TimeSpan WatchTimeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder _folder = new();
    private readonly ListLogger<KnowledgeBaseProvider> _logger = new();

    public KnowledgeBaseProviderTests()
    {
        _folder.Write("spasms.md", TempFolder.Article("Spasms", "## Spasms\n\nBaclofen relieves muscle spasms."));
        _folder.Write("sub/hiccups.md", TempFolder.Article("Hiccups", "## Hiccups\n\nBaclofen is sometimes used for hiccups."));
    }

    public void Dispose() => _folder.Dispose();

    private KnowledgeBaseProvider CreateProvider(bool watch = false) => new(Options.Create(_folder.Options(watch)), _logger);

    /// <summary>Whether searching for <paramref name="question"/> finds <paramref name="text"/> first.</summary>
    private static bool Finds(KnowledgeBase knowledge, string question, string text) =>
        KnowledgeSearch.Top(knowledge, question)?.Text == text;

    [Fact]
    public async Task Reload_picks_up_an_added_article_and_raises_reloaded()
    {
        using var provider = CreateProvider();
        var before = provider.Current;
        KnowledgeBase? announced = null;
        provider.Reloaded += (_, knowledge) => announced = knowledge;

        _folder.Write("dizziness.md", TempFolder.Article("Dizziness", "Baclofen can cause dizziness."));

        Assert.True(await provider.ReloadAsync());
        Assert.Same(provider.Current, announced);
        Assert.NotSame(before, provider.Current);
        Assert.NotEqual(before.Version, provider.Current.Version);
        Assert.True(Finds(provider.Current, "dizziness", "Baclofen can cause dizziness."));
        Assert.Null(KnowledgeSearch.Top(before, "dizziness"));
    }

    [Fact]
    public async Task A_broken_edit_keeps_serving_the_last_good_version_of_that_article()
    {
        using var provider = CreateProvider();
        _folder.Write("spasms.md", "---\ntitle: Spasms\nsource x\n---\n\nHalf-saved edit.\n");

        Assert.True(await provider.ReloadAsync());

        Assert.True(Finds(provider.Current, "spasms", "Baclofen relieves muscle spasms."));
        Assert.Null(KnowledgeSearch.Top(provider.Current, "half-saved"));
        var problem = Assert.Single(provider.Current.Problems);
        Assert.Equal(("spasms.md", 3), (problem.File, problem.Line));
        Assert.Contains("still serving the version loaded at", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_that_leaves_no_loadable_article_keeps_the_whole_last_snapshot()
    {
        using var provider = CreateProvider();
        var good = provider.Current;
        KnowledgeException? failure = null;
        provider.ReloadFailed += (_, error) => failure = error;
        _folder.Delete("spasms.md");
        _folder.Delete("sub/hiccups.md");

        Assert.False(await provider.ReloadAsync());

        Assert.Same(good, provider.Current);
        Assert.NotNull(failure);
        Assert.Contains(_logger.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains(good.Version, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watching_the_folder_rebuilds_after_add_edit_break_and_remove()
    {
        using var provider = CreateProvider(watch: true);

        _folder.Write("sub/deeper/tiredness.md", TempFolder.Article("Tiredness", "Baclofen can cause fatigue."));
        var added = await NextReload(provider, knowledge => Finds(knowledge, "fatigue", "Baclofen can cause fatigue."));
        Assert.NotNull(added.FindArticle("sub/deeper/tiredness"));

        _folder.Write("sub/deeper/tiredness.md", TempFolder.Article("Tiredness", "Baclofen can cause fatigue or tiredness."));
        await NextReload(provider, knowledge => Finds(knowledge, "tiredness", "Baclofen can cause fatigue or tiredness."));

        _folder.Write("sub/deeper/tiredness.md", "broken: no front matter\n");
        var broken = await NextReload(provider, knowledge => knowledge.Problems.Count > 0);
        Assert.True(Finds(broken, "tiredness", "Baclofen can cause fatigue or tiredness."));

        _folder.Delete("sub/deeper/tiredness.md");
        var removed = await NextReload(provider, knowledge => knowledge.FindArticle("sub/deeper/tiredness") is null);
        Assert.Empty(removed.Problems);
        Assert.Null(KnowledgeSearch.Top(removed, "tiredness"));
        Assert.True(Finds(removed, "spasms", "Baclofen relieves muscle spasms."));
    }

    [Fact]
    public async Task Watching_the_folder_rebuilds_when_the_synonyms_file_changes()
    {
        using var provider = CreateProvider(watch: true);
        Assert.Equal(0, provider.Current.Synonyms.Count);

        _folder.Write("synonyms.txt", "# fixes \"is lioresal safe?\"\nlioresal => baclofen\n");

        var reloaded = await NextReload(provider, knowledge => knowledge.Synonyms.Count > 0);
        Assert.Equal(1, reloaded.Synonyms.Count);
    }

    [Fact]
    public async Task Readers_always_see_a_complete_snapshot_while_reloads_swap()
    {
        using var provider = CreateProvider();
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                var knowledge = provider.Current;
                Assert.Equal(knowledge.Passages.Count, knowledge.Index.DocumentCount);
                Assert.All(knowledge.Articles, article => Assert.NotEmpty(knowledge.PassagesOf(article.Id)));
                reads++;
            }

            return reads;
        });

        for (var i = 0; i < 10; i++)
        {
            _folder.Write($"extra{i}.md", TempFolder.Article($"Extra {i}", string.Join("\n\n", Enumerable.Repeat($"Paragraph of extra {i}.", i + 1))));
            Assert.True(await provider.ReloadAsync());
        }

        await stop.CancelAsync();
        Assert.True(await reader > 0);
        Assert.Equal(12, provider.Current.Articles.Count);
    }

    [Fact]
    public void Refuses_to_start_without_a_loadable_article()
    {
        _folder.Delete("spasms.md");
        _folder.Delete("sub/hiccups.md");

        Assert.Throws<KnowledgeException>(() => CreateProvider());
    }

    /// <summary>Waits for the watcher to swap in a snapshot that satisfies <paramref name="condition"/>.</summary>
    private static async Task<KnowledgeBase> NextReload(KnowledgeBaseProvider provider, Func<KnowledgeBase, bool> condition)
    {
        var done = new TaskCompletionSource<KnowledgeBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReloaded(object? sender, KnowledgeBase knowledge)
        {
            if (condition(knowledge))
            {
                done.TrySetResult(knowledge);
            }
        }

        provider.Reloaded += OnReloaded;
        try
        {
            // The change may have been picked up before the handler was attached.
            if (condition(provider.Current))
            {
                return provider.Current;
            }

            return await done.Task.WaitAsync(WatchTimeout);
        }
        finally
        {
            provider.Reloaded -= OnReloaded;
        }
    }
}
