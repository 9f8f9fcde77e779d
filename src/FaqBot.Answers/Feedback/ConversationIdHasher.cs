using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Answers.Feedback;

/// <summary>
/// Hashes conversation ids before they are stored: the logs can still group entries by conversation,
/// but a leaked log does not hand out ids that address real Teams or Web Chat conversations.
/// </summary>
public static class ConversationIdHasher
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 id, or null for a null/empty id.</summary>
    public static string? Hash(string? conversationId) =>
        string.IsNullOrEmpty(conversationId)
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)));
}
