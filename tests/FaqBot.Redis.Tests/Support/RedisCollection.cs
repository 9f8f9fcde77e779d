namespace FaqBot.Redis.Tests.Support;

/// <summary>Every test class that needs Redis shares one server (each test uses its own key prefix).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
