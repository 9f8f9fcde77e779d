using FaqBot.Answers;
using FaqBot.Articles;
using FaqBot.BotFramework;
using FaqBot.BotFramework.DirectLine;
using FaqBot.Cli;
using FaqBot.Configuration;
using FaqBot.Health;
using FaqBot.Metrics;
using FaqBot.Redis;
using FaqBot.WebChat;
using Microsoft.Extensions.Options;

// A first argument naming a command (ask, chat, eval, bench, report, teams-package) runs it and exits,
// without building the web host: that keeps `faqbot ask` fast. Otherwise the bot server starts.
if (FaqBotCommands.Handles(args))
{
    return FaqBotCommands.Run(args);
}

var options = GlobalOptions.Extract(args);
var builder = WebApplication.CreateBuilder([.. options.Remaining]);
builder.Configuration.AddFaqBotSettings(options);

builder.Services.AddAnswers(builder.Configuration);
builder.Services.AddHealth();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChatPage(builder.Configuration);
builder.Services.AddSharedState(builder.Configuration, HealthExtensions.ReadyTag);
builder.Services.AddFaqBotMetrics();

var app = builder.Build();

app.MapHealth();
app.MapFaqBotMetrics();
app.MapArticles();
app.MapWebChatPage();
app.MapBotFramework();
app.MapDirectLine();

try
{
    app.Run();
}
catch (Exception e) when (e is IOException or FormatException or OptionsValidationException)
{
    // A taken port, a malformed address or an invalid setting: the host has logged the details; say it
    // in one line and exit instead of crashing with an unhandled exception.
    Console.Error.WriteLine($"faqbot: the server could not start: {e.Message}");
    return e is IOException ? ExitCodes.Failure : ExitCodes.Usage;
}

// Non-zero when start-up failed, e.g. no article could be loaded.
return Environment.ExitCode;

/// <summary>Entry point type, public so in-process HTTP tests can host the app.</summary>
public partial class Program;
