using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Rendering;
using FaqBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// Writes ratings and unanswered questions to their logs. A full disk or a locked file is logged and
/// the turn goes on: losing one rating must not lose the user's answer.
/// </summary>
internal sealed class FeedbackRecorder(
    IRecordLog<FeedbackRecord> feedback, IRecordLog<UnansweredRecord> unanswered, TimeProvider time, ILogger<FeedbackRecorder> logger)
{
    // Teams reaction types; the rest (laugh, surprised) say nothing about helpfulness.
    private static readonly Dictionary<string, FeedbackRating> Reactions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["like"] = FeedbackRating.Helpful,
        ["heart"] = FeedbackRating.Helpful,
        ["sad"] = FeedbackRating.Unhelpful,
        ["angry"] = FeedbackRating.Unhelpful,
    };

    public Task RecordAsync(FeedbackPayload payload, Activity incoming, string via, CancellationToken cancellationToken) =>
        AppendFeedbackAsync(
            new FeedbackRecord
            {
                Time = time.GetUtcNow(),
                Rating = payload.ToRating()!.Value,
                Question = payload.Question,
                Sources = payload.Sources ?? [],
                Channel = incoming.ChannelId,
                ConversationHash = ConversationIdHasher.Hash(incoming.Conversation?.Id),
                Via = via,
            },
            cancellationToken);

    /// <summary>Records each rating-like reaction in <c>reactionsAdded</c>; returns how many were recorded.</summary>
    public async Task<int> RecordReactionsAsync(Activity incoming, RecentAnswer? answer, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var reaction in incoming.ReactionsAdded ?? [])
        {
            if (reaction.Type is null || !Reactions.TryGetValue(reaction.Type, out var rating))
            {
                continue;
            }

            await AppendFeedbackAsync(
                new FeedbackRecord
                {
                    Time = time.GetUtcNow(),
                    Rating = rating,
                    Question = answer?.Question,
                    Sources = answer?.Sources ?? [],
                    Channel = incoming.ChannelId,
                    ConversationHash = ConversationIdHasher.Hash(incoming.Conversation?.Id),
                    Via = "reaction",
                },
                cancellationToken);
            recorded++;
        }

        return recorded;
    }

    public async Task RecordUnansweredAsync(string question, AnswerKind kind, Activity incoming, CancellationToken cancellationToken)
    {
        try
        {
            await unanswered.AppendAsync(
                new UnansweredRecord
                {
                    Time = time.GetUtcNow(),
                    Question = question,
                    Kind = kind,
                    Channel = incoming.ChannelId,
                    ConversationHash = ConversationIdHasher.Hash(incoming.Conversation?.Id),
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A full disk, a locked file or an unreachable Redis: the answer still goes out.
            logger.LogWarning(ex, "Could not append to the unanswered log {Path}", unanswered.Location);
        }
    }

    private async Task AppendFeedbackAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await feedback.AppendAsync(record, cancellationToken);
            logger.LogInformation("Recorded {Rating} feedback via {Via} on {ChannelId}", record.Rating, record.Via, record.Channel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not append to the feedback log {Path}", feedback.Location);
        }
    }
}
