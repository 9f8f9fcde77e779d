using System.Globalization;
using System.Text.Json;
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
        group.MapGet("/conversations/{conversationId}/activities", Get);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
    }

    private static IResult Get(
        HttpContext context,
        string conversationId,
        string? watermark,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        TimeProvider time)
    {
        var (conversation, error) = DirectLineConversationEndpoints.Resolve(context, conversationId, tokens, store, out _);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineConversationEndpoints.TryParseWatermark(watermark, out var from))
        {
            return DirectLineErrors.BadArgument("watermark must be a watermark this service returned.");
        }

        // Polling counts as activity: an open page keeps its conversation alive.
        conversation!.Touch(time.GetUtcNow());

        // Typing goes over WebSocket only, as with Azure.
        var (activities, next) = conversation.Read(from ?? 0, includeTyping: false);
        return Results.Json(new ActivitySet(activities, next.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    private static async Task<IResult> PostAsync(
        HttpContext context,
        string conversationId,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineBotBridge bridge,
        IOptions<DirectLineOptions> options,
        TimeProvider time)
    {
        var (conversation, error) = DirectLineConversationEndpoints.Resolve(context, conversationId, tokens, store, out var caller);
        if (error is not null)
        {
            return error;
        }

        if (!conversation!.TryCountPost(time.GetUtcNow(), options.Value.MaxPostsPerMinute))
        {
            return DirectLineErrors.TooManyRequests("Too many activities in this conversation; slow down.");
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

            var echo = bridge.Accept(conversation, activity, DirectLineConversationEndpoints.ServiceUrl(context.Request));
            return Results.Ok(new ResourceResponse { Id = echo.Id });
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
