using Microsoft.Playwright;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// Launches Debian's Chromium through Playwright. Playwright never downloads a browser here: the
/// executable is given and downloads are switched off. A missing Chromium fails the run.
/// </summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <remarks>
    /// Playwright refuses <c>--user-data-dir</c> on a normal launch because it already gives every
    /// launch a fresh temporary profile (and every context its own storage), which is what we want.
    /// </remarks>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ExecutablePath}. Install it with: apt-get install -y chromium");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }
}
