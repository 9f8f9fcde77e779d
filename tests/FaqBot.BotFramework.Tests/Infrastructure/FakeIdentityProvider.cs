using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>
/// Serves test OpenID metadata + JWKS for the channel and Emulator paths and a client-credentials
/// token endpoint, on a loopback port, counting what the bot fetches.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    private WebApplication? app;
    private int metadataFetches;
    private int tokenRequests;

    /// <summary>JWKS of the Bot Connector path; tests may add keys at any time.</summary>
    public List<JsonObject> ChannelKeys { get; } = [];

    public List<JsonObject> EmulatorKeys { get; } = [];

    public string BaseUrl { get; private set; } = "";

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int TokenRequests => Volatile.Read(ref tokenRequests);

    /// <summary>The form fields of the last token request.</summary>
    public IReadOnlyDictionary<string, string>? LastTokenForm { get; private set; }

    public string ChannelMetadataUrl => BaseUrl + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/emulator/v2.0/.well-known/openid-configuration";

    public string TokenEndpoint => BaseUrl + "/token";

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var provider = new FakeIdentityProvider();
        var (app, baseUrl) = await LoopbackServer.StartAsync(a =>
        {
            a.MapGet("/channel/.well-known/openidconfiguration", () => provider.Metadata("/channel/keys"));
            a.MapGet("/emulator/v2.0/.well-known/openid-configuration", () => provider.Metadata("/emulator/keys"));
            a.MapGet("/channel/keys", () => Keys(provider.ChannelKeys));
            a.MapGet("/emulator/keys", () => Keys(provider.EmulatorKeys));
            a.MapPost("/token", (Delegate)provider.IssueTokenAsync);
        });
        provider.app = app;
        provider.BaseUrl = baseUrl;
        return provider;
    }

    private IResult Metadata(string keysPath)
    {
        Interlocked.Increment(ref metadataFetches);
        return Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = BaseUrl + keysPath });
    }

    private static IResult Keys(List<JsonObject> keys)
    {
        lock (keys)
        {
            return Results.Text(new JsonObject { ["keys"] = new JsonArray(keys.Select(k => k.DeepClone()).ToArray()) }.ToJsonString(), "application/json");
        }
    }

    private async Task<IResult> IssueTokenAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref tokenRequests);
        var form = await context.Request.ReadFormAsync();
        LastTokenForm = form.ToDictionary(f => f.Key, f => f.Value.ToString());

        // Slow enough that concurrent callers overlap, so "acquired once" is really exercised.
        await Task.Delay(50);
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "bot-token-" + n });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
