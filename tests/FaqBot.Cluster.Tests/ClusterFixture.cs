using FaqBot.Cluster.Bench;

namespace FaqBot.Cluster.Tests;

/// <summary>One cluster (redis-server, three instances, nginx) shared by the tests that do not break it.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public ClusterProcess Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await Tests.Cluster.StartAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
