using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// The chat page in Chromium against the whole app, once over WebSocket and once with polling.
/// Screenshots: <c>screenshots/{test}-{transport}.png</c> in the test output folder.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class WebChatPageTests(EndToEndFixture fixture)
{
    private const string ArticleLink = "a[href*='/articles/can-baclofen-cause-anxiety']";

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task The_page_shows_the_bot_the_disclaimer_and_a_welcome_with_example_questions(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "welcome");

        Assert.Equal("FaqBot", await chat.Page.TitleAsync());
        Assert.True(await chat.Page.Locator("header svg").IsVisibleAsync());
        Assert.Contains("medical advice", await chat.Page.Locator("#faqbot-disclaimer").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await chat.Page.Locator(ChatPage.SuggestedAction).CountAsync() > 0);
        Assert.Empty(await chat.CspViolationsAsync());
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task A_question_gets_an_excerpt_with_its_source_link_and_the_disclaimer(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "question");

        var reply = await chat.AskAsync("can baclofen cause anxiety?");

        var link = reply.Locator(ArticleLink).First;
        Assert.Contains("Can Baclofen Cause Anxiety?", await link.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("not medical advice", await reply.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await chat.Page.GetByText("Send failed").CountAsync());
        Assert.Empty(await chat.CspViolationsAsync());
        Assert.Empty(chat.ConsoleErrors);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Clicking_a_suggested_question_gets_its_answer(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "suggested");
        var question = chat.Page.Locator(ChatPage.SuggestedAction).Filter(new LocatorFilterOptions { HasTextRegex = QuestionMark() }).First;
        var text = (await question.InnerTextAsync()).Trim();
        var before = await chat.BotActivityCountAsync();

        await question.ClickAsync();
        var reply = await chat.WaitForReplyAsync(before);

        Assert.True(await chat.Page.Locator(".webchat__bubble--from-user").GetByText(text).CountAsync() > 0);
        Assert.True(await reply.Locator("a[href*='/articles/']").CountAsync() > 0);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Clicking_a_source_link_lands_on_the_article_section(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "source-link");
        var reply = await chat.AskAsync("can baclofen cause anxiety?");
        var link = reply.Locator(ArticleLink).First;
        var href = new Uri((await link.GetAttributeAsync("href"))!);

        var opened = chat.Context.WaitForPageAsync();
        await link.ClickAsync();
        var article = await opened;
        await article.WaitForLoadStateAsync();

        Assert.Equal(href.AbsolutePath, new Uri(article.Url).AbsolutePath);
        Assert.False(string.IsNullOrEmpty(href.Fragment));
        var section = article.Locator($"[id='{Uri.UnescapeDataString(href.Fragment[1..])}']");
        Assert.True(await section.IsVisibleAsync());
        Assert.Contains("Can Baclofen Cause Anxiety?", await article.TitleAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task An_emergency_message_leads_with_urgent_help(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "emergency");

        var reply = await chat.AskAsync("I took too many baclofen pills and can't breathe");

        var text = await reply.InnerTextAsync();
        var urgent = text.IndexOf("emergency", StringComparison.OrdinalIgnoreCase);
        Assert.True(urgent >= 0, text);
        var firstSource = await reply.Locator("a[href*='/articles/']").CountAsync() > 0
            ? text.IndexOf(await reply.Locator("a[href*='/articles/']").First.InnerTextAsync(), StringComparison.Ordinal)
            : int.MaxValue;
        Assert.True(urgent < firstSource, text);
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Thumbs_down_is_recorded_in_the_feedback_log(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, transport, "feedback");
        var reply = await chat.AskAsync("can baclofen cause anxiety?");
        var linesBefore = File.Exists(fixture.FeedbackLog) ? File.ReadAllLines(fixture.FeedbackLog).Length : 0;
        var before = await chat.BotActivityCountAsync();

        await reply.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = NotHelpful() }).ClickAsync();
        var thanks = await chat.WaitForReplyAsync(before);

        Assert.Contains("feedback", await thanks.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var lines = File.ReadAllLines(fixture.FeedbackLog);
        Assert.Equal(linesBefore + 1, lines.Length);
        Assert.Contains("unhelpful", lines[^1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task User_text_is_shown_as_text_never_as_html()
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "websocket", "html-injection");
        const string Attack = "<img src=x onerror=\"window.__xss=1\"> <b>bold?</b>";

        await chat.AskAsync(Attack);

        var bubble = chat.Page.Locator(".webchat__bubble--from-user").Last;
        Assert.Equal(Attack, (await bubble.InnerTextAsync()).Trim());
        Assert.Equal(0, await chat.Page.Locator($"{ChatPage.Transcript} img[src='x'], {ChatPage.Transcript} b:text('bold?')").CountAsync());
        Assert.True(await chat.Page.EvaluateAsync<bool>("window.__xss === undefined"));
    }

    [GeneratedRegex(@"\?\s*$")]
    private static partial Regex QuestionMark();

    [GeneratedRegex("not helpful", RegexOptions.IgnoreCase)]
    private static partial Regex NotHelpful();
}
