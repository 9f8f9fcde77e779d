using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace FaqBot.EndToEnd.Tests;

/// <summary>
/// Measures round trips (no timing assertions): send to rendered reply in Chromium, and send to
/// reply frame on the Direct Line API alone. Medians of 20 questions go to the test output and to
/// <c>screenshots/round-trip.txt</c> in the test output folder.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RoundTripMeasurementTests(EndToEndFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "can baclofen cause anxiety?", "what is baclofen used for?", "does baclofen help anxiety?", "what are the side effects of baclofen?",
        "is baclofen addictive?", "can baclofen cause depression?", "how does baclofen work?", "baclofen withdrawal symptoms",
        "can I drink alcohol with baclofen?", "is baclofen a muscle relaxant?", "baclofen for multiple sclerosis", "does baclofen cause drowsiness?",
        "baclofen and spasticity", "can baclofen cause weakness?", "what are the health benefits of baclofen?", "baclofen risks",
        "is baclofen safe?", "baclofen for alcohol use disorder", "can baclofen make you tired?", "baclofen dizziness",
    ];

    [Fact]
    public async Task Round_trips_of_20_questions_are_measured_in_the_browser_and_on_the_api()
    {
        var browser = new List<double>();
        await using (var chat = await ChatPage.OpenAsync(fixture, "websocket", "round-trip"))
        {
            foreach (var question in Questions)
            {
                var watch = Stopwatch.StartNew();
                var reply = await chat.AskAsync(question);
                browser.Add(watch.Elapsed.TotalMilliseconds);
                Assert.False(string.IsNullOrWhiteSpace(await reply.InnerTextAsync()));
            }
        }

        var api = await MeasureApiAsync();
        var report = string.Create(CultureInfo.InvariantCulture,
            $"browser send->rendered reply: median {Median(browser):F0} ms (min {browser.Min():F0}, max {browser.Max():F0}) over {browser.Count}\n" +
            $"Direct Line API post->reply frame: median {Median(api):F1} ms (min {api.Min():F1}, max {api.Max():F1}) over {api.Count}\n");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(EndToEndFixture.ScreenshotDirectory, "round-trip.txt"), report);
        Assert.Equal(Questions.Length, browser.Count);
        Assert.Equal(Questions.Length, api.Count);
    }

    private async Task<List<double>> MeasureApiAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var grantResponse = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        var grant = await grantResponse.Content.ReadFromJsonAsync<JsonElement>();
        var token = grant.GetProperty("token").GetString();
        var user = grant.GetProperty("userId").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var startResponse = await http.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null);
        var start = await startResponse.Content.ReadFromJsonAsync<JsonElement>();
        var conversationId = start.GetProperty("conversationId").GetString();

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(start.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        var timings = new List<double>();
        foreach (var question in Questions)
        {
            var watch = Stopwatch.StartNew();
            using var posted = await http.PostAsJsonAsync(
                $"/v3/directline/conversations/{conversationId}/activities",
                new { type = "message", text = question, from = new { id = user, role = "user" }, locale = "en-US" });
            var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            await WaitForReplyAsync(socket, id!);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return timings;
    }

    private static async Task WaitForReplyAsync(ClientWebSocket socket, string replyToId)
    {
        var buffer = new byte[256 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult frame;
            do
            {
                frame = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
                message.Write(buffer, 0, frame.Count);
            }
            while (!frame.EndOfMessage);

            if (message.Length == 0)
            {
                continue;
            }

            var set = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement;
            if (set.GetProperty("activities").EnumerateArray().Any(activity =>
                activity.GetProperty("type").GetString() == "message"
                && activity.TryGetProperty("replyToId", out var reply) && reply.GetString() == replyToId))
            {
                return;
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
