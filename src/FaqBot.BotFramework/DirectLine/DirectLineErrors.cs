using Microsoft.AspNetCore.Http;

namespace FaqBot.BotFramework.DirectLine;

/// <summary>
/// Error responses shaped as Direct Line sends them: <c>{"error":{"code","message"}}</c>. DLJS
/// reacts to the status (403 = token expired, 404 = conversation ended, other 4xx = failure).
/// </summary>
internal static class DirectLineErrors
{
    public static IResult BadSyntax(string message) => Error(StatusCodes.Status400BadRequest, "BadSyntax", message);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingProperty(string message) => Error(StatusCodes.Status400BadRequest, "MissingProperty", message);

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found (it may have expired).");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "NotFound", "No such Direct Line resource.");

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {limit} bytes.");

    public static IResult TooManyRequests(string message) => Error(StatusCodes.Status429TooManyRequests, "Throttled", message);

    public static IResult Unavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is briefly unavailable; try again.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
