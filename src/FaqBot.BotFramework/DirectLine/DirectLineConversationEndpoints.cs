using System.Globalization;
using FaqBot.BotFramework.DirectLine.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FaqBot.BotFramework.DirectLine;

/// <summary><c>POST /conversations</c> (start) and <c>GET /conversations/{id}</c> (reconnect).</summary>
internal static class DirectLineConversationEndpoints
{
    private const int BodyLimit = 4096;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
    }

    /// <summary>The <c>serviceUrl</c> stamped on activities the bot sees (informational: replies never go there).</summary>
    public static string ServiceUrl(HttpRequest request) => SiteBaseUrl.Of(request) + "/";

    /// <summary>
    /// An absolute ws(s) URL (DLJS opens it as-is) carrying its own short-lived credential, because
    /// browsers cannot set headers on a WebSocket.
    /// </summary>
    public static string StreamUrl(HttpRequest request, DirectLineTokenService tokens, string conversationId, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["t"] = tokens.IssueStreamToken(conversationId),
            ["watermark"] = watermark.ToString(CultureInfo.InvariantCulture),
        });
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLineExtensions.BasePath}/conversations/{conversationId}/stream{query}";
    }

    private static async Task<IResult> StartAsync(
        HttpContext context,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        IDirectLineActivityLog log,
        DirectLineClientGuard guard,
        DirectLineBotBridge bridge)
    {
        DirectLineCaller caller;
        if (tokens.IsAnonymous && context.Request.Headers.Authorization.Count == 0)
        {
            // Local mode: a client without any credential may start a conversation of its own.
            caller = new DirectLineCaller(true, null);
        }
        else
        {
            var (authenticated, error) = DirectLineRequestReader.Authenticate(context.Request, tokens);
            if (error is not null)
            {
                return error;
            }

            caller = authenticated!;
        }

        var (body, bodyError) = await DirectLineRequestReader.ReadJsonAsync(context.Request, BodyLimit, context.RequestAborted);
        using (body)
        {
            if (bodyError is not null)
            {
                return bodyError;
            }

            var (bodyUser, userError) = DirectLineRequestReader.ReadUserId(body);
            if (userError is not null)
            {
                return userError;
            }

            // A user bound into the token wins over whatever the body says (no impersonation).
            var conversationId = caller.Token?.ConversationId ?? DirectLineTokenService.NewConversationId();
            var userId = caller.Token?.UserId ?? bodyUser;
            var cancellationToken = context.RequestAborted;
            if (await store.FindAsync(conversationId, cancellationToken) is null
                && await guard.CountNewConversationAsync(context, cancellationToken) is { } throttled)
            {
                return throttled;
            }

            var (conversation, created) = await store.GetOrCreateAsync(conversationId, userId, cancellationToken);
            if (conversation is null)
            {
                return DirectLineErrors.TooManyRequests("Too many live conversations; try again later.");
            }

            var user = await store.AdoptUserAsync(conversation.Id, userId, cancellationToken);
            if (created)
            {
                await bridge.StartAsync(conversation with { UserId = user }, ServiceUrl(context.Request), DirectLineRequestReader.ReadString(body, "locale"), cancellationToken);
            }

            var token = tokens.IssueConversationToken(conversation.Id, caller.Token?.UserId ?? user);
            var start = created ? 0 : (await log.ReadAsync(conversation.Id, long.MaxValue, cancellationToken)).Watermark;
            var response = new DirectLineConversationResponse(
                conversation.Id,
                token.Token,
                token.ExpiresIn,
                StreamUrl(context.Request, tokens, conversation.Id, start));
            return created
                ? Results.Json(response, statusCode: StatusCodes.Status201Created)
                : Results.Ok(response);
        }
    }

    private static async Task<IResult> ReconnectAsync(
        HttpContext context,
        string conversationId,
        string? watermark,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        IDirectLineActivityLog log)
    {
        var (conversation, caller, error) = await ResolveAsync(context, conversationId, tokens, store);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a watermark this service returned.");
        }

        await store.TouchAsync(conversation!.Id, context.RequestAborted);
        var token = tokens.IssueConversationToken(conversation.Id, caller!.Token?.UserId ?? conversation.UserId);

        // With a watermark the new stream replays after it; without one only new activities arrive.
        var start = from ?? (await log.ReadAsync(conversation.Id, long.MaxValue, context.RequestAborted)).Watermark;
        return Results.Ok(new DirectLineConversationResponse(
            conversation.Id, token.Token, token.ExpiresIn, StreamUrl(context.Request, tokens, conversation.Id, start)));
    }

    /// <summary>Authenticates, checks the token opens this conversation, and finds it (401/403/404).</summary>
    public static async Task<(DirectLineConversationRecord? Conversation, DirectLineCaller? Caller, IResult? Error)> ResolveAsync(
        HttpContext context, string conversationId, DirectLineTokenService tokens, IDirectLineConversationStore store)
    {
        var (caller, error) = DirectLineRequestReader.Authenticate(context.Request, tokens);
        if (error is not null)
        {
            return (null, null, error);
        }

        if (!caller!.MayAccess(conversationId))
        {
            return (null, caller, DirectLineErrors.Forbidden("The token is not valid for this conversation."));
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted);
        return conversation is null ? (null, caller, DirectLineErrors.ConversationNotFound()) : (conversation, caller, null);
    }

    /// <summary>Empty or missing means "from the start"; otherwise a non-negative integer.</summary>
    public static bool TryParseWatermark(string? value, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }
}
