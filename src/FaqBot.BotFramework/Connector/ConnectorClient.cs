using System.Net;
using System.Net.Http.Json;
using FaqBot.BotFramework.Auth;
using FaqBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Connector;

/// <summary>
/// Posts replies to the channel's Connector API (<c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>).
/// Retries 408, 429 and 5xx (not 501/505) with exponential backoff or the channel's Retry-After, bounded
/// by <see cref="BotFrameworkOptions.ReplyMaxAttempts"/> and <see cref="BotFrameworkOptions.ReplyRetryBudget"/>;
/// a 401/403 refreshes the bot token once. A reply that finally fails is logged and counted, never thrown.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    BotTokenProvider tokens,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// ReplyToActivity when <paramref name="replyToId"/> is set, SendToConversation otherwise. Each id is
    /// one escaped path segment (Teams and Emulator ids contain <c>: ; = @ |</c>), and a serviceUrl with
    /// or without its trailing slash gives the same URL.
    /// </summary>
    public static Uri BuildActivityUri(string serviceUrl, string conversationId, string? replyToId)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(baseUrl + path, UriKind.Absolute);
    }

    /// <summary>Delivers one activity; true when the channel accepted it.</summary>
    public async Task<bool> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            logger.LogError("Reply has no serviceUrl or conversation id; dropped");
            metrics.Failed(activity.ChannelId);
            return false;
        }

        var uri = BuildActivityUri(activity.ServiceUrl, activity.Conversation.Id, activity.ReplyToId);
        var settings = options.Value;
        var deadline = time.GetUtcNow() + settings.ReplyRetryBudget;
        var refreshedToken = false;
        string outcome;
        var attempt = 0;
        while (true)
        {
            attempt++;
            string? token;
            try
            {
                token = await tokens.GetTokenAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
                or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                outcome = "no bot token";
                break;
            }

            var (status, retryAfter, error) = await PostAsync(uri, activity, token, cancellationToken);
            if ((int?)status is >= 200 and < 300)
            {
                metrics.Delivered(activity.ChannelId);
                return true;
            }

            outcome = status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : error ?? "error";
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && token is not null && !refreshedToken)
            {
                // The channel may have rotated trust; one fresh token, one more try.
                tokens.Invalidate(token);
                refreshedToken = true;
                attempt--;
                continue;
            }

            if (!IsTransient(status) || attempt >= settings.ReplyMaxAttempts)
            {
                break;
            }

            var delay = retryAfter ?? Backoff(settings.ReplyRetryDelay, attempt);
            if (time.GetUtcNow() + delay > deadline)
            {
                outcome += " (retry budget exhausted)";
                break;
            }

            logger.LogInformation("Reply to {Uri} got {Outcome}; retrying in {DelayMs} ms", uri, outcome, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }

        logger.LogError(
            "Reply to {Uri} failed after {Attempts} attempt(s): {Outcome}", uri, attempt, outcome);
        metrics.Failed(activity.ChannelId);
        return false;
    }

    private async Task<(HttpStatusCode? Status, TimeSpan? RetryAfter, string? Error)> PostAsync(
        Uri uri, Activity activity, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            var http = httpClientFactory.CreateClient(BotFrameworkExtensions.ConnectorHttpClient);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode && response.Headers.TryGetValues("X-Correlating-OperationId", out var ids))
            {
                logger.LogWarning("Channel answered {StatusCode}, operation {OperationId}", (int)response.StatusCode, string.Join(",", ids));
            }

            return (response.StatusCode, RetryAfter(response), null);
        }
        catch (HttpRequestException ex)
        {
            return (null, null, ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, null, "timeout");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    // Network errors (no status) are transient too; other 4xx mean the reply itself is wrong.
    private static bool IsTransient(HttpStatusCode? status) => status switch
    {
        null => true,
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        { } s => (int)s >= 500,
    };

    private static TimeSpan Backoff(TimeSpan first, int attempt)
    {
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return first * Math.Pow(2, attempt - 1) * jitter;
    }
}
