namespace FaqBot.BotFramework;

/// <summary>
/// The bot's Azure identity, bound from the root keys MicrosoftAppType, MicrosoftAppId,
/// MicrosoftAppPassword and MicrosoftAppTenantId (the names Azure Bot Service documents).
/// </summary>
public sealed class BotCredentials
{
    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c> (unsupported).</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Empty: anonymous local mode (Emulator without credentials).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when no app id is configured.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>True for <c>SingleTenant</c> (case-insensitive).</summary>
    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the configuration mistakes that must stop start-up (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (IsAnonymous)
        {
            return errors;
        }

        var type = string.IsNullOrWhiteSpace(MicrosoftAppType) ? "MultiTenant" : MicrosoftAppType;
        if (string.Equals(type, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("MicrosoftAppType 'UserAssignedMSI' is not supported by FaqBot; register the bot as SingleTenant (or MultiTenant) with an app password.");
        }
        else if (!IsSingleTenant && !string.Equals(type, "MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType '{type}' is unknown; use MultiTenant or SingleTenant.");
        }

        if (IsSingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            errors.Add("MicrosoftAppType 'SingleTenant' needs MicrosoftAppTenantId.");
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            errors.Add("MicrosoftAppId is set but MicrosoftAppPassword is empty; replies could not be authenticated.");
        }

        return errors;
    }
}
