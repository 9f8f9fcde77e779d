using FaqBot.BotFramework.Auth;
using FaqBot.BotFramework.Connector;
using FaqBot.BotFramework.Schema;
using FaqBot.BotFramework.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FaqBot.BotFramework.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the thin adapter between HTTP and the turn. Order matters: cheap refusals
/// first (anonymous outside Development from a remote peer, a missing token), then the body (415, 413,
/// 400), then the token against the activity, then the turn and the delivery of its replies.
/// </summary>
internal static class MessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        BotAuthenticator authenticator,
        ServiceUrlPolicy serviceUrls,
        ITurnProcessor turns,
        ConnectorClient connector,
        IOptions<BotFrameworkOptions> options,
        IOptions<BotCredentials> credentials,
        IHostEnvironment environment,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = context.RequestAborted;
        var request = context.Request;
        string? authorization = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null;

        // Anonymous mode exists for the local Emulator; outside Development it serves only this machine.
        if (credentials.Value.IsAnonymous && !environment.IsDevelopment()
            && context.Connection.RemoteIpAddress is { } peer && !ServiceUrlPolicy.IsLoopback(peer))
        {
            logger.LogWarning("Refused a remote request: MicrosoftAppId is empty outside Development");
            return Results.Unauthorized();
        }

        if (!credentials.Value.IsAnonymous && authorization is null)
        {
            logger.LogWarning("Refused a request without Authorization header");
            return Results.Unauthorized();
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                 || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            return Results.Problem("The body must be an activity sent as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await BodyReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Problem(
                $"The body is larger than {options.Value.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (parsed, problem) = ActivityReader.Read(body.Value);
        if (parsed is null)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Not a valid activity");
        }

        var auth = await authenticator.AuthenticateAsync(authorization, parsed, cancellationToken);
        if (!auth.Succeeded)
        {
            // The reason stays in our log; the caller learns nothing that helps forge a better token.
            logger.LogWarning("Refused a {ActivityType} activity from {ChannelId}: {Reason}", parsed.Type, parsed.ChannelId, auth.Failure);
            return Results.Unauthorized();
        }

        var expectReplies = parsed.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!auth.ServiceUrlVouched && !expectReplies && !serviceUrls.IsAllowedWithoutToken(parsed.ServiceUrl!))
        {
            logger.LogWarning("Refused an activity whose serviceUrl is neither loopback nor in BotFramework:AllowedServiceUrls");
            return Results.Problem(
                "Without a channel token the bot replies only to loopback service URLs or those in BotFramework:AllowedServiceUrls.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        // callerId from the wire is never trusted (A2251); set it only for verified channel tokens.
        var activity = parsed with { CallerId = auth.ServiceUrlVouched ? "urn:botframework:azure" : null };
        var result = await turns.ProcessAsync(activity, SiteBaseUrl.Of(request), cancellationToken);

        if (expectReplies)
        {
            var replies = result.Replies.ToList();
            if (result.InvokeResponse is { } invoke)
            {
                replies.Add(new Activity { Type = ActivityTypes.InvokeResponse, Value = BotJson.ToElement(invoke) });
            }

            return Results.Json(new ExpectedReplies(replies), BotJson.Options, "application/json", StatusCodes.Status200OK);
        }

        foreach (var reply in result.Replies)
        {
            await connector.SendAsync(reply, cancellationToken);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invoke = result.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
            return invoke.Body is { } json
                ? Results.Json(json, BotJson.Options, "application/json", invoke.Status)
                : Results.StatusCode(invoke.Status);
        }

        return Results.Ok();
    }
}
