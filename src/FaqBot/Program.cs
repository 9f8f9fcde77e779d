using FaqBot.BotFramework;
using FaqBot.BotFramework.DirectLine;
using FaqBot.WebChat;

// Composition root. CLI commands (ask, chat, eval, bench, ...) are dispatched before the web host
// is built; with no command the bot server starts.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChatPage(builder.Configuration);

var app = builder.Build();

app.MapWebChatPage();
app.MapBotFramework();
app.MapDirectLine();

app.Run();

/// <summary>Entry point type, public so in-process HTTP tests can host the app.</summary>
public partial class Program;
