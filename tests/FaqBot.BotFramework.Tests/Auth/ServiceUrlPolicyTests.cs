using FaqBot.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Tests.Auth;

/// <summary>Where the bot may post when no token vouches for the serviceUrl.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new(Options.Create(new BotFrameworkOptions
    {
        AllowedServiceUrls = ["https://smba.trafficmanager.net/", "https://tunnel.example.org/bot/"],
    }));

    [Theory]
    [InlineData("http://localhost:55123")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.8.9.1/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://[::ffff:127.0.0.1]:8080/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://tunnel.example.org/bot/x")]
    public void Loopback_and_allow_listed_urls_are_allowed(string url) => Assert.True(Policy.IsAllowedWithoutToken(url));

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://tunnel.example.org/other/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://user:pw@localhost/")]
    [InlineData("ftp://localhost/")]
    [InlineData("not a url")]
    public void Everything_else_is_refused(string url) => Assert.False(Policy.IsAllowedWithoutToken(url));
}
