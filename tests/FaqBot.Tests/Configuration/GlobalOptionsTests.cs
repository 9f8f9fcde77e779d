using FaqBot.Cli;
using FaqBot.Configuration;

namespace FaqBot.Tests.Configuration;

public sealed class GlobalOptionsTests
{
    [Fact]
    public void Takes_config_and_knowledge_from_anywhere_in_the_arguments()
    {
        var options = GlobalOptions.Extract(["--config", "a.json", "ask", "--knowledge=kb", "hello"]);

        Assert.Equal("a.json", options.ConfigFile);
        Assert.Equal("kb", options.KnowledgeDirectory);
        Assert.Equal(["ask", "hello"], options.Remaining);
    }

    [Fact]
    public void Leaves_web_host_options_alone()
    {
        var options = GlobalOptions.Extract(["--urls", "http://127.0.0.1:5055"]);

        Assert.Null(options.ConfigFile);
        Assert.Equal(["--urls", "http://127.0.0.1:5055"], options.Remaining);
    }

    [Fact]
    public void Keeps_words_after_a_double_dash_literal()
    {
        var options = GlobalOptions.Extract(["ask", "--", "--config"]);

        Assert.Null(options.ConfigFile);
        Assert.Equal(["ask", "--", "--config"], options.Remaining);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--knowledge=")]
    public void Rejects_a_global_option_without_a_value(string arg)
    {
        Assert.Throws<UsageException>(() => GlobalOptions.Extract(["ask", arg]));
    }
}
