namespace FaqBot.BotFramework.Auth;

/// <summary>The outcome of checking one inbound request.</summary>
/// <param name="Succeeded">True when the request may run a turn.</param>
/// <param name="ServiceUrlVouched">True when a channel token's <c>serviceurl</c> claim vouched for the
/// activity's serviceUrl; false for anonymous and Emulator requests, whose serviceUrl nobody vouches for.</param>
/// <param name="Failure">Why it failed, for the server log only (never sent to the caller).</param>
internal sealed record AuthenticationResult(bool Succeeded, bool ServiceUrlVouched, string? Failure)
{
    public static AuthenticationResult Fail(string reason) => new(false, false, reason);
}
