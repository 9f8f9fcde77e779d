namespace FaqBot.EndToEnd.Tests;

/// <summary>Browser tests share one app and one Chromium, and run one at a time (2 shared cores).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "End to end";
}
