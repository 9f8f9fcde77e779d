using System.Net;
using System.Text.Json;
using FaqBot.Health;
using FaqBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Http;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TestWorkspace workspace = new();

    [Fact]
    public async Task Liveness_answers_200()
    {
        using var app = new FaqBotApplication(TestWorkspace.RepositoryKnowledge, workspace.Root);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        // A real loopback socket, not the in-memory test server.
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        Assert.NotEqual(80, client.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_is_503_until_the_knowledge_base_is_loaded_then_200_with_the_index_version()
    {
        using var app = new FaqBotApplication(TestWorkspace.RepositoryKnowledge, workspace.Root, warmUp: false);
        using var client = app.CreateClient();

        using (var before = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            Assert.Contains("loading", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True(ActivatorUtilities.CreateInstance<KnowledgeWarmupService>(app.Services).Load());

        using var after = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        using var body = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        var version = app.Services.GetRequiredService<KnowledgeBaseProvider>().Current.Version;
        Assert.Equal(version, body.RootElement.GetProperty("knowledge").GetProperty("index_version").GetString());
    }

    [Fact]
    public async Task Readiness_turns_200_by_itself_once_the_server_has_loaded_the_knowledge_base()
    {
        using var app = new FaqBotApplication(TestWorkspace.RepositoryKnowledge, workspace.Root);
        using var client = app.CreateClient();

        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 600 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    public void Dispose() => workspace.Dispose();
}
