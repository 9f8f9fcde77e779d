using System.Net;
using System.Text.Json;

namespace FaqBot.EndToEnd.Tests;

/// <summary>The page's security headers, the token endpoint and embedding rules, over real HTTP.</summary>
public sealed class WebChatPageHeadersTests
{
    private const string Partner = "https://clinic.example.org";

    private static Task<(FaqBotAppFactory App, HttpClient Http)> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new FaqBotAppFactory(settings);
        return Task.FromResult((app, new HttpClient { BaseAddress = app.Start() }));
    }

    [Fact]
    public async Task The_page_has_a_strict_content_security_policy_with_a_fresh_nonce_per_response()
    {
        var (app, http) = await StartAsync();
        using (app)
        using (http)
        {
            using var first = await http.GetAsync(new Uri("/", UriKind.Relative));
            using var second = await http.GetAsync(new Uri("/", UriKind.Relative));
            var csp = first.Headers.GetValues("Content-Security-Policy").Single();
            var html = await first.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.NotEqual(csp, second.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", first.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("SAMEORIGIN", first.Headers.GetValues("X-Frame-Options").Single());
            Assert.True(first.Headers.CacheControl!.NoStore);

            // Every script element is a file with the nonce, or a JSON data block; none is inline code.
            var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
            foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"))
            {
                Assert.True(script.Value.Contains("type=\"application/json\"", StringComparison.Ordinal)
                    || (script.Value.Contains("src=", StringComparison.Ordinal) && script.Value.Contains(nonce, StringComparison.Ordinal)), script.Value);
            }
        }
    }

    [Fact]
    public async Task Configured_embed_origins_may_frame_the_page_and_fetch_tokens()
    {
        var (app, http) = await StartAsync(new Dictionary<string, string?> { ["WebChat:EmbedOrigins:0"] = Partner });
        using (app)
        using (http)
        {
            using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Contains($"frame-ancestors 'self' {Partner}", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(page.Headers.Contains("X-Frame-Options"));

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
            request.Headers.Add("Origin", Partner);
            using var token = await http.SendAsync(request);
            Assert.Equal(Partner, token.Headers.GetValues("Access-Control-Allow-Origin").Single());

            using var otherRequest = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
            otherRequest.Headers.Add("Origin", "https://evil.example");
            using var other = await http.SendAsync(otherRequest);
            Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task The_token_endpoint_binds_a_fresh_user_to_a_fresh_conversation()
    {
        var (app, http) = await StartAsync();
        using (app)
        using (http)
        {
            using var first = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            using var second = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
            var b = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;

            Assert.StartsWith("dl_", a.GetProperty("userId").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(a.GetProperty("conversationId").GetString(), b.GetProperty("conversationId").GetString());
            Assert.NotEqual(a.GetProperty("userId").GetString(), b.GetProperty("userId").GetString());
            Assert.True(first.Headers.CacheControl!.NoStore);
        }
    }

    [Fact]
    public async Task The_web_chat_bundle_and_the_embed_script_are_served_with_nosniff()
    {
        var (app, http) = await StartAsync();
        using (app)
        using (http)
        {
            foreach (var path in new[] { "/lib/webchat.js", "/webchat/page.js", "/webchat/embed.js", "/webchat/avatar.svg" })
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, path);
                Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            }
        }
    }
}
