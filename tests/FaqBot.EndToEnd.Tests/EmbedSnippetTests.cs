using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// The README's embed snippet on another site: a partner page on a second loopback origin loads
/// <c>/webchat/embed.js</c>, and the chat works inside the iframe it adds.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class EmbedSnippetTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task The_embed_script_puts_a_working_chat_on_an_allowed_site()
    {
        await using var partner = await StartPartnerSiteAsync();
        var partnerOrigin = partner.Urls.Single();
        using var bot = new FaqBotAppFactory(new Dictionary<string, string?> { ["WebChat:EmbedOrigins:0"] = partnerOrigin });
        var botAddress = bot.Start();
        partner.Services.GetRequiredService<PartnerPage>().Html =
            $"<!doctype html><title>Clinic</title><h1>Clinic</h1><script src=\"{botAddress}webchat/embed.js\" defer></script>";

        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(partnerOrigin);
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ask FaqBot" }).ClickAsync();
            var chat = page.FrameLocator("iframe[title='Ask FaqBot']");
            await chat.Locator(ChatPage.BotActivity).First.WaitForAsync();
            await chat.Locator(ChatPage.SendBox).FillAsync("can baclofen cause anxiety?");
            await chat.Locator(ChatPage.SendBox).PressAsync("Enter");
            await chat.Locator(ChatPage.BotActivity + " a[href*='/articles/can-baclofen-cause-anxiety']").First.WaitForAsync();
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(EndToEndFixture.ScreenshotDirectory, "embed.png") });
            await context.CloseAsync();
        }
    }

    private static async Task<WebApplication> StartPartnerSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<PartnerPage>();
        var app = builder.Build();
        app.MapGet("/", (PartnerPage page) => Results.Content(page.Html, "text/html"));
        await app.StartAsync();
        return app;
    }

    /// <summary>The partner's page, written once the bot's address is known.</summary>
    private sealed class PartnerPage
    {
        public string Html { get; set; } = "";
    }
}
