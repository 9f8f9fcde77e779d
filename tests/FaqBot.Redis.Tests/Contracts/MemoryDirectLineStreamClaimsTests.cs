using FaqBot.BotFramework.DirectLine.State;

namespace FaqBot.Redis.Tests.Contracts;

public sealed class MemoryDirectLineStreamClaimsTests
{
    [Fact]
    public void Late_news_of_an_older_claim_does_not_close_the_newer_stream()
    {
        var claims = new MemoryDirectLineStreamClaims();
        var newer = claims.ClaimLocally("c1", "s2", order: 2);

        claims.Supersede("c1", "s1", order: 1);
        Assert.False(newer.IsCancellationRequested);

        claims.Supersede("c1", "s3", order: 3);
        Assert.True(newer.IsCancellationRequested);
    }
}
