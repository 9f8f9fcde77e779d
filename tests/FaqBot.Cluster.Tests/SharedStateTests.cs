using FaqBot.Cluster.Bench;

namespace FaqBot.Cluster.Tests;

/// <summary>Three instances on one Redis behind nginx: what one instance learns, the others know.</summary>
public sealed class SharedStateTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task A_follow_up_is_understood_by_another_instance_than_the_question()
    {
        var (first, second, third) = (Cluster.Instances[0].Url, Cluster.Instances[1].Url, Cluster.Instances[2].Url);
        var (client, _) = await DirectLineClient.StartAsync(first);
        using (client)
        {
            var question = await client.PostAsync(first, "what is baclofen used for?", "q1");
            await client.ReplyToAsync(second, question);

            var followUp = await client.PostAsync(second, "what about side effects?", "q2");
            var reply = await client.ReplyToAsync(third, followUp);

            Assert.Contains("baclofen side effects", reply.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
            var more = await client.PostAsync(third, "tell me more", "q3");
            var moreReply = await client.ReplyToAsync(first, more);
            Assert.DoesNotContain("nothing to continue", moreReply.GetProperty("text").GetString() ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_retried_post_on_another_instance_is_answered_once()
    {
        var (client, _) = await DirectLineClient.StartAsync(Cluster.Url);
        using (client)
        {
            var original = await client.PostAsync(Cluster.Instances[0].Url, "what is baclofen used for?", "same-id");
            var retried = await client.PostAsync(Cluster.Instances[1].Url, "what is baclofen used for?", "same-id");
            await client.ReplyToAsync(Cluster.Url, original);
            await Task.Delay(500);

            var activities = await client.ActivitiesAsync(Cluster.Url);
            Assert.Equal(original, retried);
            Assert.Single(activities, a => a.GetProperty("from").GetProperty("id").GetString() != "faqbot");
            Assert.Single(activities, a => DirectLineClient.IsReplyTo(a, original));
        }
    }

    [Fact]
    public async Task Conversations_spread_over_three_instances_lose_nothing()
    {
        var before = await Task.WhenAll(Cluster.Instances.Select(i => Tests.Cluster.MessageTurnsAsync(i.Url)));
        var result = await new DirectLineLoad(Cluster.Url, TimeSpan.FromSeconds(30)).RunAsync(12, 4, 6, CancellationToken.None);
        var after = await Task.WhenAll(Cluster.Instances.Select(i => Tests.Cluster.MessageTurnsAsync(i.Url)));

        Assert.True(result.Lost + result.Duplicated + result.Misdelivered + result.ServerErrors500 == 0, result.ToString());
        Assert.Equal(48, result.Answered);
        Assert.True(after.Zip(before).Count(x => x.First > x.Second) >= 2, "the turns ran on at least two instances");
    }
}
