using Microsoft.Playwright;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// The chat page in its own browser context: ask questions, wait for replies, and a screenshot of
/// the conversation when done. Also collects Content-Security-Policy violations and console errors.
/// </summary>
internal sealed class ChatPage : IAsyncDisposable
{
    public const string SendBox = "[data-id='webchat-sendbox-input']";
    public const string Transcript = ".webchat__basic-transcript";
    public const string BotActivity = ".webchat__basic-transcript__activity:not(:has(.webchat__bubble--from-user))";
    public const string SuggestedAction = ".webchat__suggested-action";

    private const string CspProbe =
        "window.__cspViolations = [];" +
        "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly IBrowserContext _context;
    private readonly string _screenshot;

    private ChatPage(IBrowserContext context, IPage page, string screenshot)
    {
        _context = context;
        Page = page;
        _screenshot = screenshot;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public IBrowserContext Context => _context;

    /// <summary>Opens <c>/</c> over WebSocket or polling and waits for the welcome.</summary>
    public static async Task<ChatPage> OpenAsync(EndToEndFixture fixture, string transport, string name)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(CspProbe);
        var chat = new ChatPage(context, page, Path.Combine(EndToEndFixture.ScreenshotDirectory, $"{name}-{transport}.png"));
        var query = transport == "polling" ? "?webSocket=false" : "";
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/" + query).ToString());
        await page.WaitForSelectorAsync($"#webchat[data-transport='{transport}']");
        await chat.WaitForBotActivitiesAsync(1);
        return chat;
    }

    public Task<int> BotActivityCountAsync() => Page.Locator(BotActivity).CountAsync();

    public ILocator LastBotActivity => Page.Locator(BotActivity).Last;

    /// <summary>Types a question, sends it, and returns the bot's first reply to it.</summary>
    public async Task<ILocator> AskAsync(string question)
    {
        var before = await BotActivityCountAsync();
        await Page.Locator(SendBox).FillAsync(question);
        await Page.Locator(SendBox).PressAsync("Enter");
        return await WaitForReplyAsync(before);
    }

    /// <summary>Waits for the bot activity after the first <paramref name="before"/> ones, fully rendered.</summary>
    public async Task<ILocator> WaitForReplyAsync(int before)
    {
        await WaitForBotActivitiesAsync(before + 1);
        var reply = Page.Locator(BotActivity).Nth(before);
        await reply.Locator(".webchat__bubble__content").First.WaitForAsync();
        return reply;
    }

    public Task WaitForBotActivitiesAsync(int count) =>
        Page.WaitForFunctionAsync(
            "([selector, count]) => document.querySelectorAll(selector).length >= count",
            new object[] { BotActivity, count });

    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("window.__cspViolations");

    public async ValueTask DisposeAsync()
    {
        // Written on every run, passing or failing: the conversation as the user saw it.
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = _screenshot, FullPage = true });
        await _context.CloseAsync();
    }
}
