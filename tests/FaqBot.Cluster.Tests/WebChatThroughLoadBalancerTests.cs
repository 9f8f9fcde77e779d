using FaqBot.Cluster.Bench;
using Microsoft.Playwright;

namespace FaqBot.Cluster.Tests;

/// <summary>
/// Microsoft Web Chat in Debian's Chromium, through nginx: its WebSocket sits on one instance while its
/// POSTs go round robin to all of them, and every question is answered exactly once, in order.
/// </summary>
public sealed class WebChatThroughLoadBalancerTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string Activity = ".webchat__basic-transcript__activity";
    private const string BotActivity = ".webchat__basic-transcript__activity:not(:has(.webchat__bubble--from-user))";

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Twenty_questions_are_each_answered_once_and_in_order()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is needed at {ChromiumPath}: apt-get install -y chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        var frames = new List<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => { lock (frames) { frames.Add(frame.Text ?? ""); } };
        var before = await Task.WhenAll(Cluster.Instances.Select(i => Tests.Cluster.MessageTurnsAsync(i.Url)));

        try
        {
            await page.GotoAsync(Cluster.Url.ToString());
            await page.WaitForSelectorAsync("#webchat[data-transport='websocket']");
            await WaitForCountAsync(page, BotActivity, 1);
            for (var i = 1; i <= 20; i++)
            {
                await page.Locator(SendBox).FillAsync($"question {i}: what is baclofen used for?");
                await page.Locator(SendBox).PressAsync("Enter");
                await WaitForCountAsync(page, BotActivity, 1 + i);
            }

            // Anything sent twice would arrive right after the last answer.
            await Task.Delay(1000);
            var fromUser = await page.EvaluateAsync<bool[]>(
                $"() => [...document.querySelectorAll('{Activity}')].map(a => !!a.querySelector('.webchat__bubble--from-user'))");
            var expected = new[] { false }.Concat(Enumerable.Range(0, 20).SelectMany(_ => new[] { true, false })).ToArray();
            Assert.Equal(expected, fromUser);
            var userTexts = await page.EvaluateAsync<string[]>(
                $"() => [...document.querySelectorAll('{Activity}')].filter(a => a.querySelector('.webchat__bubble--from-user')).map(a => a.innerText)");
            Assert.Equal(20, userTexts.Length);
            for (var i = 0; i < 20; i++)
            {
                Assert.Contains($"question {i + 1}:", userTexts[i], StringComparison.Ordinal);
            }

            var after = await Task.WhenAll(Cluster.Instances.Select(i => Tests.Cluster.MessageTurnsAsync(i.Url)));
            Assert.True(after.Zip(before).Count(x => x.First > x.Second) >= 2, "the POSTs were answered on at least two instances");
        }
        catch
        {
            // What the browser received, to tell a lost reply from a rendering problem.
            lock (frames)
            {
                Console.Error.WriteLine($"WebSocket frames received ({frames.Count}):");
                frames.TakeLast(30).ToList().ForEach(f => Console.Error.WriteLine(f.Length > 400 ? f[..400] : f));
            }

            throw;
        }
        finally
        {
            var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "webchat-through-nginx.png"), FullPage = true });
        }
    }

    private static Task WaitForCountAsync(IPage page, string selector, int count) =>
        page.WaitForFunctionAsync("([selector, count]) => document.querySelectorAll(selector).length >= count", new object[] { selector, count });
}
