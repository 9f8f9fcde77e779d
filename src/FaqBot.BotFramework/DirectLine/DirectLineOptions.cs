using System.ComponentModel.DataAnnotations;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Settings of the self-hosted Direct Line endpoint (section <c>DirectLine</c>). Every limit has a
/// default so a local run needs no configuration; together they bound the memory one process can
/// hold: <see cref="MaxConversations"/> × <see cref="MaxConversationBytes"/>.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret a backend exchanges for tokens (<c>POST /tokens/generate</c>). Empty:
    /// anonymous mode for local use, where anyone may generate a token.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Base64 HMAC-SHA256 key that signs tokens (at least 32 bytes). Empty: a random key per process,
    /// so tokens die with the process, which is fine for a single instance; with <c>State:Redis</c> set
    /// it is required, the same on every instance.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Origins (scheme://host[:port]) of other sites allowed to call the API and open streams.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Token lifetime (Azure uses 1800 s); refreshable any number of times before it ends.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may wait before its WebSocket is opened.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A conversation with no activity for this long is dropped (its clients then get 404).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often idle conversations are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Interval of the empty keep-alive frames on open WebSockets (proxies drop silent ones).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Live conversations at most; starting one more answers 429 until some expire.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Activities kept per conversation; older ones are dropped from the history.</summary>
    [Range(2, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Serialized bytes kept per conversation; older activities are dropped beyond it.</summary>
    [Range(1024, 1_073_741_824)]
    public int MaxConversationBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest activity a client may post (bytes of JSON); larger ones get 413.</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Posts per conversation per minute; more get 429.</summary>
    [Range(1, 100_000)]
    public int MaxPostsPerMinute { get; set; } = 60;

    /// <summary>New conversations one remote address may start per minute; more get 429 with <c>Retry-After</c>.</summary>
    [Range(1, 1_000_000)]
    public int MaxNewConversationsPerClientPerMinute { get; set; } = 60;

    /// <summary>WebSockets one remote address may hold open at once (over every instance).</summary>
    [Range(1, 100_000)]
    public int MaxStreamsPerClient { get; set; } = 20;

    /// <summary>WebSockets this instance holds open at most.</summary>
    [Range(1, 1_000_000)]
    public int MaxOpenStreams { get; set; } = 10_000;

    /// <summary>How long an instance may answer a conversation's turns before another may take over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often queued turns nobody is answering (their instance died) are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnRecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The bot's account on this channel (<c>recipient</c> of user activities, <c>from</c> of replies).</summary>
    [Required]
    public string BotId { get; set; } = "faqbot";

    /// <summary>The bot's display name on this channel.</summary>
    [Required]
    public string BotName { get; set; } = "FaqBot";
}
