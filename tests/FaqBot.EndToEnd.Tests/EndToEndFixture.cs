using Microsoft.Playwright;

namespace FaqBot.EndToEnd.Tests;

/// <summary>One app and one browser for the whole collection; each test gets its own browser context.</summary>
public sealed class EndToEndFixture : IAsyncLifetime, IDisposable
{
    private readonly FaqBotAppFactory _app = new();
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string FeedbackLog => _app.FeedbackLog;

    /// <summary>Where screenshots go: the test output folder, under <c>screenshots/</c>.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        BaseAddress = _app.Start();
        (_playwright, Browser) = await ChromiumBrowser.LaunchAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>xunit calls this after <see cref="DisposeAsync"/>: the app outlives the browser.</summary>
    public void Dispose() => _app.Dispose();
}
