using FaqBot.Cli;

namespace FaqBot.Tests.Cli;

public sealed class CommandArgumentsTests
{
    [Fact]
    public void Separates_flags_valued_options_and_words()
    {
        var arguments = CommandArguments.Parse("ask", ["--json", "can", "--locale", "en-GB", "I", "drive?"], ["--json"], ["--locale"]);

        Assert.True(arguments.Has("--json"));
        Assert.Equal("en-GB", arguments.Value("--locale"));
        Assert.Equal(["can", "I", "drive?"], arguments.Positionals);
    }

    [Fact]
    public void Accepts_option_values_written_with_an_equals_sign()
    {
        var arguments = CommandArguments.Parse("teams-package", ["--out=app.zip"], [], ["--out"]);

        Assert.Equal("app.zip", arguments.Value("--out"));
    }

    [Fact]
    public void Treats_everything_after_a_double_dash_as_words()
    {
        var arguments = CommandArguments.Parse("ask", ["--", "--json", "-x"], ["--json"], []);

        Assert.False(arguments.Has("--json"));
        Assert.Equal(["--json", "-x"], arguments.Positionals);
    }

    [Fact]
    public void Says_a_flag_takes_no_value()
    {
        var error = Assert.Throws<UsageException>(() => CommandArguments.Parse("ask", ["--json=true", "question"], ["--json"], []));

        Assert.Equal("ask: --json takes no value", error.Message);
    }

    [Theory]
    [InlineData("--jsn")]
    [InlineData("-j")]
    public void Rejects_an_unknown_option_naming_it(string option)
    {
        var error = Assert.Throws<UsageException>(() => CommandArguments.Parse("ask", [option, "question"], ["--json"], []));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_option_without_its_value()
    {
        var error = Assert.Throws<UsageException>(() => CommandArguments.Parse("teams-package", ["--out"], [], ["--out"]));

        Assert.Contains("--out needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_option_given_twice()
    {
        Assert.Throws<UsageException>(() => CommandArguments.Parse("bench", ["--queries", "a", "--queries", "b"], [], ["--queries"]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void Rejects_a_count_that_is_not_a_positive_whole_number(string value)
    {
        var arguments = CommandArguments.Parse("report", ["--top=" + value], [], ["--top"]);

        Assert.Throws<UsageException>(() => arguments.PositiveInt("report", "--top", 10));
    }

    [Fact]
    public void Reports_a_missing_required_option()
    {
        var arguments = CommandArguments.Parse("teams-package", [], [], ["--app-id"]);

        var error = Assert.Throws<UsageException>(() => arguments.Required("teams-package", "--app-id"));
        Assert.Contains("--app-id is required", error.Message, StringComparison.Ordinal);
    }
}
