using FaqBot.Cli;
using FaqBot.Configuration;

namespace FaqBot.Tests.Configuration;

public sealed class HostArgumentsTests
{
    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5055")]
    [InlineData("--urls=http://127.0.0.1:5055")]
    [InlineData("--environment=Development", "--Knowledge:Path=/tmp/kb")]
    public void Accepts_settings_with_values(params string[] args)
    {
        HostArguments.Validate(args);
    }

    [Theory]
    [InlineData("--jsn")]
    [InlineData("--urls", "--environment", "Development")]
    [InlineData("--urls", "http://127.0.0.1:5055", "extra")]
    public void Rejects_options_without_values_and_stray_words(params string[] args)
    {
        Assert.Throws<UsageException>(() => HostArguments.Validate(args));
    }

    [Fact]
    public void Says_a_setting_without_a_value_needs_one()
    {
        var error = Assert.Throws<UsageException>(() => HostArguments.Validate(["--urls"]));

        Assert.Contains("'--urls'", error.Message, StringComparison.Ordinal);
        Assert.Contains("has no value", error.Message, StringComparison.Ordinal);
    }
}
