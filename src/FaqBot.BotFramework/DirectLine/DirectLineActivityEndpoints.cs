using System.Globalization;
using System.Text.Json;
using FaqBot.BotFramework.DirectLine.State;
using FaqBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.DirectLine;

/// <summary><c>GET</c> (polling) and <c>POST</c> (send) on <c>/conversations/{id}/activities</c>, and the refused upload.</summary>
internal static class DirectLineActivityEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
    }

    private static async Task<IResult> GetAsync(
        HttpContext context,
        string conversationId,
        string? watermark,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        IDirectLineActivityLog log)
    {
        var (conversation, _, error) = await DirectLineConversationEndpoints.ResolveAsync(context, conversationId, tokens, store);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineConversationEndpoints.TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a watermark this service returned.");
        }

        // Polling counts as activity: an open page keeps its conversation alive.
        await store.TouchAsync(conversation!.Id, context.RequestAborted);

        // Typing goes over WebSocket only, as with Azure.
        var page = await log.ReadAsync(conversation.Id, from ?? 0, context.RequestAborted);
        var activities = page.Activities.Where(activity => activity.Type != ActivityTypes.Typing).ToList();
        return Results.Json(new ActivitySet(activities, page.Watermark.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    private static async Task<IResult> PostAsync(
        HttpContext context,
        string conversationId,
        DirectLineTokenService tokens,
        IDirectLineConversationStore store,
        DirectLineClientGuard guard,
        DirectLineBotBridge bridge,
        IOptions<DirectLineOptions> options)
    {
        var (conversation, caller, error) = await DirectLineConversationEndpoints.ResolveAsync(context, conversationId, tokens, store);
        if (error is not null)
        {
            return error;
        }

        if (await guard.CountPostAsync(context, conversation!.Id, context.RequestAborted) is { } throttled)
        {
            return throttled;
        }

        var (body, bodyError) = await DirectLineRequestReader.ReadJsonAsync(context.Request, options.Value.MaxActivityBytes, context.RequestAborted);
        using (body)
        {
            if (bodyError is not null)
            {
                return bodyError;
            }

            if (body is null)
            {
                return DirectLineErrors.MissingProperty("The body must be an activity.");
            }

            var (activity, activityError) = ReadActivity(body);
            if (activityError is not null)
            {
                return activityError;
            }

            // A token bound to a user speaks for that user, whatever from.id says.
            if (caller!.Token?.UserId is { } boundUser && activity!.From?.Id != boundUser)
            {
                activity = activity with { From = new ChannelAccount { Id = boundUser, Name = activity.From?.Name, Role = RoleTypes.User } };
            }

            if (activity!.From?.Id is null && conversation.UserId is null)
            {
                return DirectLineErrors.MissingProperty("from.id is required when the token names no user.");
            }

            // The request's own cancellation is not passed on: once the echo is stored the turn must
            // be queued even if the client has gone.
            var echo = await bridge.AcceptAsync(conversation, activity, DirectLineConversationEndpoints.ServiceUrl(context.Request), CancellationToken.None);
            return echo is null ? DirectLineErrors.ConversationNotFound() : Results.Ok(new ResourceResponse { Id = echo.Id });
        }
    }

    private static (Activity? Activity, IResult? Error) ReadActivity(JsonDocument body)
    {
        if (!body.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString()!.Length == 0)
        {
            return (null, DirectLineErrors.MissingProperty("The activity needs a type."));
        }

        try
        {
            return (body.RootElement.Deserialize<Activity>(BotJson.Options), null);
        }
        catch (JsonException exception)
        {
            // The message names the member and path only, never the user's text.
            return (null, DirectLineErrors.BadArgument($"The activity is malformed at {exception.Path ?? "$"}."));
        }
    }

    private static IResult Upload() =>
        DirectLineErrors.BadArgument("This bot takes text only; file uploads are not supported.");
}
