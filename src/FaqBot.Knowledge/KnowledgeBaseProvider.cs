using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Knowledge;

/// <summary>
/// Holds the current <see cref="KnowledgeBase"/> and replaces it when the knowledge folder changes: the new snapshot is
/// built in the background and swapped in with one reference assignment, so a search never sees a half-built index.
/// A reload that fails (no loadable article) keeps the last good snapshot serving.
/// </summary>
public sealed class KnowledgeBaseProvider : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly ILogger<KnowledgeBaseProvider> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly CancellationTokenSource _disposed = new();
    private readonly Timer _debounce;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _synonymsPath;
    private volatile KnowledgeBase _current;

    /// <summary>Loads the knowledge base (throwing <see cref="KnowledgeException"/> when it cannot) and starts watching
    /// the folder when <see cref="KnowledgeOptions.Watch"/> is on.</summary>
    public KnowledgeBaseProvider(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBaseProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _current = KnowledgeBaseLoader.Load(_options, logger);
        _synonymsPath = Path.GetFullPath(Path.Combine(_current.Folder, _options.SynonymsFile));
        _debounce = new Timer(_ => _ = ReloadAfterChangeAsync(), null, Timeout.Infinite, Timeout.Infinite);
        if (_options.Watch)
        {
            StartWatching();
        }
    }

    /// <summary>The snapshot to answer from. Read it once per question and use that reference throughout.</summary>
    public KnowledgeBase Current => _current;

    /// <summary>Raised after a new snapshot has been swapped in.</summary>
    public event EventHandler<KnowledgeBase>? Reloaded;

    /// <summary>Raised when a reload failed and the previous snapshot keeps serving.</summary>
    public event EventHandler<KnowledgeException>? ReloadFailed;

    /// <summary>
    /// Rebuilds the snapshot now (the watcher calls this after the folder has been quiet for
    /// <see cref="KnowledgeOptions.ReloadDelayMilliseconds"/>). Reloads never overlap.
    /// </summary>
    /// <returns>True when a new snapshot was swapped in; false when the reload failed and the previous one still serves.</returns>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = _current;
            KnowledgeBase next;
            try
            {
                next = await Task.Run(() => KnowledgeBaseLoader.Load(_options, _logger, previous), cancellationToken).ConfigureAwait(false);
            }
            catch (KnowledgeException e)
            {
                _logger.LogError("Knowledge reload failed, still serving version {Version} built at {BuiltAt}: {Reason}",
                    previous.Version, previous.BuiltAt, e.Message);
                Raise(ReloadFailed, e);
                return false;
            }

            _current = next;
            _logger.LogInformation("Knowledge reloaded: version {OldVersion} -> {NewVersion}", previous.Version, next.Version);
            Raise(Reloaded, next);
            return true;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    /// <summary>Stops watching the folder.</summary>
    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        _disposed.Dispose();
    }

    private void StartWatching()
    {
        try
        {
            _watchers.Add(CreateWatcher(_current.Folder, "*", recursive: true));
            if (!_synonymsPath.StartsWith(_current.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Directory.Exists(Path.GetDirectoryName(_synonymsPath)))
            {
                _watchers.Add(CreateWatcher(Path.GetDirectoryName(_synonymsPath)!, Path.GetFileName(_synonymsPath), recursive: false));
            }

            _logger.LogInformation("Watching {Folder} for article changes", _current.Folder);
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Running out of inotify watches must not stop the bot; it only loses hot reload.
            _logger.LogWarning("Cannot watch {Folder} for changes ({Reason}); restart to pick up article edits", _current.Folder, e.Message);
        }
    }

    private FileSystemWatcher CreateWatcher(string folder, string filter, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) => OnChange(e.OldFullPath, e.FullPath);
        watcher.Error += (_, e) =>
        {
            _logger.LogWarning("File watcher error ({Reason}); reloading everything", e.GetException().Message);
            Schedule();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnChange(params string[] paths)
    {
        if (paths.Any(IsRelevant))
        {
            Schedule();
        }
    }

    // Articles, the synonyms file, and folders (no extension: a renamed or deleted folder takes its articles with it).
    private bool IsRelevant(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || string.Equals(path, _synonymsPath, StringComparison.Ordinal)
        || Path.GetExtension(path).Length == 0;

    private void Schedule()
    {
        if (!_disposed.IsCancellationRequested)
        {
            try
            {
                _debounce.Change(_options.ReloadDelayMilliseconds, Timeout.Infinite);
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the check and the call: nothing left to reload.
            }
        }
    }

    private async Task ReloadAfterChangeAsync()
    {
        try
        {
            await ReloadAsync(_disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // A bug in loading must not crash the process from a timer thread; the old snapshot keeps serving.
            _logger.LogError(e, "Knowledge reload crashed; still serving version {Version}", _current.Version);
        }
    }

    private void Raise<T>(EventHandler<T>? handler, T value)
    {
        try
        {
            handler?.Invoke(this, value);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A knowledge reload listener failed");
        }
    }
}
