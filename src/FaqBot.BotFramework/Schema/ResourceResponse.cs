namespace FaqBot.BotFramework.Schema;

/// <summary>What the Connector answers to a posted activity; <c>id</c> may be missing.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}
