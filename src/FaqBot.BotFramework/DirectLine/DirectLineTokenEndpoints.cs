using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FaqBot.BotFramework.DirectLine;

/// <summary><c>POST /tokens/generate</c> and <c>POST /tokens/refresh</c>.</summary>
internal static class DirectLineTokenEndpoints
{
    private const int BodyLimit = 4096;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineTokenService tokens)
    {
        // With a secret configured only its holder (a backend) may mint tokens; without one this is
        // the anonymous local mode.
        if (!tokens.IsAnonymous)
        {
            var (caller, error) = DirectLineRequestReader.Authenticate(context.Request, tokens);
            if (error is not null)
            {
                return error;
            }

            if (!caller!.IsSecret)
            {
                return DirectLineErrors.Forbidden("Generating a token requires the Direct Line secret, not a token.");
            }
        }

        var (body, bodyError) = await DirectLineRequestReader.ReadJsonAsync(context.Request, BodyLimit, context.RequestAborted);
        using (body)
        {
            if (bodyError is not null)
            {
                return bodyError;
            }

            var (userId, userError) = DirectLineRequestReader.ReadUserId(body);
            return userError ?? Results.Ok(tokens.GenerateToken(userId));
        }
    }

    private static IResult Refresh(HttpContext context, DirectLineTokenService tokens)
    {
        var (caller, error) = DirectLineRequestReader.Authenticate(context.Request, tokens);
        if (error is not null)
        {
            return error;
        }

        return caller!.Token is { } token
            ? Results.Ok(tokens.IssueConversationToken(token.ConversationId, token.UserId))
            : DirectLineErrors.BadArgument("A secret does not expire and cannot be refreshed.");
    }
}
