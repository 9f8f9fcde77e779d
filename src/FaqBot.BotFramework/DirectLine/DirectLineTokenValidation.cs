namespace FaqBot.BotFramework.DirectLine;

/// <summary>Outcome of checking a token: Direct Line answers 401 for invalid and 403 for expired.</summary>
internal enum DirectLineTokenValidation
{
    Valid,
    Invalid,
    Expired,
}
