using System.Text.Json.Nodes;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>Claims sets for the token shapes the bot must accept or refuse.</summary>
public static class TestClaims
{
    public const string AppId = "6a3c1e52-9a8e-4d43-a4a3-1f2b7c9d0e11";

    public static JsonObject Channel(string serviceUrl, string? audience = AppId, string issuer = "https://api.botframework.com", TimeSpan? expiresIn = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["iss"] = issuer,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
            ["serviceurl"] = serviceUrl,
        };
        if (audience is not null)
        {
            claims["aud"] = audience;
        }

        return claims;
    }

    /// <summary>An Entra token as the Emulator obtains it (v1 uses appid, v2 azp).</summary>
    public static JsonObject Emulator(string version, string appId = AppId)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["iss"] = version == "2.0"
                ? "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0"
                : "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            ["aud"] = AppId,
            ["ver"] = version,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return claims;
    }
}
