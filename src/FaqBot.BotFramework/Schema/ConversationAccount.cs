namespace FaqBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to (schema <c>ConversationAccount</c>).</summary>
public sealed record ConversationAccount
{
    /// <summary>Conversation id; may contain <c>: ; = @ |</c>, so it is escaped in URLs.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
