using FaqBot.Answers;
using FaqBot.Answers.Composition;
using FaqBot.Knowledge;
using FaqBot.Configuration;
using FaqBot.Rendering;
using Microsoft.Extensions.Logging.Console;

namespace FaqBot.Cli;

/// <summary>
/// What a command runs with: its streams, the composed configuration and a small service container
/// (logging plus the answer engine) built without the web host, so a command starts fast.
/// </summary>
internal sealed class CommandContext(GlobalOptions options, TextReader input, TextWriter output, TextWriter error)
{
    public TextReader Input => input;

    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>ANSI bold on a terminal (unless NO_COLOR is set), plain <c>**markers**</c> otherwise.</summary>
    public EmphasisStyle Emphasis =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            ? EmphasisStyle.Ansi
            : EmphasisStyle.Markers;

    /// <summary>Whether a person is typing (so prompts are shown) rather than input being piped in.</summary>
    public bool InputIsTerminal => !Console.IsInputRedirected;

    public IConfigurationRoot LoadConfiguration() => FaqBotConfigurationExtensions.BuildForCommand(options);

    /// <summary>The answer engine and what it needs, configured from the settings.</summary>
    public ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true));
        // Logs go to stderr so stdout stays the command's output (JSON must stay parseable).
        services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddAnswers(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>A fresh conversation key, so terminal sessions never share context.</summary>
    public static string NewConversationId() => "terminal-" + Guid.NewGuid().ToString("N");

    /// <summary>The answer engine; resolving it loads the knowledge base.</summary>
    /// <exception cref="CommandFailedException">No article could be loaded.</exception>
    public static IQuestionAnswerer ResolveAnswerer(IServiceProvider services)
    {
        try
        {
            var answerer = services.GetRequiredService<IQuestionAnswerer>();
            // Loading is lazy in the provider; touch it here so a broken folder fails in one clear line.
            _ = services.GetRequiredService<KnowledgeBaseProvider>().Current;
            return answerer;
        }
        catch (KnowledgeException e)
        {
            throw new CommandFailedException(e.Message, e);
        }
    }
}
