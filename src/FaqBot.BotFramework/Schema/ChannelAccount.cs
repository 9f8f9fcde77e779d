namespace FaqBot.BotFramework.Schema;

/// <summary>A user or bot on a channel (schema <c>ChannelAccount</c>).</summary>
public sealed record ChannelAccount
{
    /// <summary>Channel-specific id (Teams bots: <c>28:{appId}</c>, users: <c>29:…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Entra object id of the user (Teams).</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c> or <c>bot</c>; informational, never trusted.</summary>
    public string? Role { get; init; }
}
