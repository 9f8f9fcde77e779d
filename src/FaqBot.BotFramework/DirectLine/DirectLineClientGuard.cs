using System.Globalization;
using FaqBot.BotFramework.DirectLine.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// The per-client limits of the Direct Line endpoint, answered as Direct Line's 429 with a
/// <c>Retry-After</c>: new conversations per remote address per minute, posts per conversation per
/// minute, and open streams per remote address. Behind a proxy the remote address is the forwarded
/// one (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>), else every client would share the proxy's allowance.
/// </summary>
internal sealed class DirectLineClientGuard(IDirectLineClientLimits limits, IOptions<DirectLineOptions> options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Null to go on, else the 429 to answer.</summary>
    public async Task<IResult?> CountNewConversationAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var decision = await limits.TryCountAsync("start:" + Client(context), options.Value.MaxNewConversationsPerClientPerMinute, Minute, cancellationToken);
        return Refuse(context, decision, "Too many new conversations from this address; try again later.");
    }

    /// <summary>Null to go on, else the 429 to answer.</summary>
    public async Task<IResult?> CountPostAsync(HttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        var decision = await limits.TryCountAsync("post:" + conversationId, options.Value.MaxPostsPerMinute, Minute, cancellationToken);
        return Refuse(context, decision, "Too many activities in this conversation; slow down.");
    }

    /// <summary>The remote address the limits are counted for.</summary>
    public static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static IResult? Refuse(HttpContext context, DirectLineLimitDecision decision, string message)
    {
        if (decision.Allowed)
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return DirectLineErrors.TooManyRequests(message);
    }
}
