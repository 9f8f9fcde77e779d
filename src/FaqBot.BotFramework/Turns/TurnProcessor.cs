using System.Text.Json;
using FaqBot.Answers.Composition;
using FaqBot.BotFramework.Rendering;
using FaqBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// The bot: routes each activity type, asks <see cref="IQuestionAnswerer"/>, renders the answer for the
/// channel and records feedback. It is the one error boundary of a turn: whatever throws inside is
/// logged and turned into an apology (messages) or a 500 invoke response, never an exception.
/// </summary>
internal sealed class TurnProcessor(
    IQuestionAnswerer answerer,
    FeedbackRecorder recorder,
    IRecentAnswers recentAnswers,
    IOptions<BotFrameworkOptions> options,
    IOptions<MessageLoggingOptions> logging,
    ILogger<TurnProcessor> logger) : ITurnProcessor
{
    internal const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    internal const string FeedbackThanks = "Thanks for your feedback.";
    internal const string Apology = "Sorry, something went wrong on my side. Please try again.";

    public async Task<TurnResult> ProcessAsync(Activity incoming, string? siteBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);

        var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? siteBaseUrl : options.Value.PublicBaseUrl;
        try
        {
            return incoming.Type switch
            {
                ActivityTypes.Message => await OnMessageAsync(incoming, baseUrl, cancellationToken),
                ActivityTypes.ConversationUpdate => OnConversationUpdate(incoming, baseUrl),
                ActivityTypes.Invoke => await OnInvokeAsync(incoming, cancellationToken),
                ActivityTypes.MessageReaction => await OnMessageReactionAsync(incoming, cancellationToken),

                // typing, event, installationUpdate, endOfConversation and unknown types (A2006): nothing to say.
                _ => TurnResult.Empty,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Turn failed for a {ActivityType} activity on {ChannelId}", incoming.Type, incoming.ChannelId);
            return incoming.Type switch
            {
                ActivityTypes.Message => new TurnResult([ActivityAddressing.CreateReply(incoming, AnswerRenderer.Text(Apology))]),
                ActivityTypes.Invoke => new TurnResult([], new InvokeResponse(500)),
                _ => TurnResult.Empty,
            };
        }
    }

    private async Task<TurnResult> OnMessageAsync(Activity incoming, string? baseUrl, CancellationToken cancellationToken)
    {
        if (FeedbackPayload.TryRead(incoming.Value) is { } payload)
        {
            await recorder.RecordAsync(payload, incoming, "card", cancellationToken);
            return new TurnResult([ActivityAddressing.CreateReply(incoming, AnswerRenderer.Text(FeedbackThanks))]);
        }

        var question = MentionRemover.RemoveBotMention(incoming);

        // Card submits and postBacks carry the question in value and often no text at all.
        if (question.Length == 0 && incoming.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("question", out var asked) && asked.ValueKind == JsonValueKind.String)
        {
            question = asked.GetString()!.Trim();
        }

        var conversationId = incoming.Conversation?.Id ?? "";
        Answer answer;
        if (question.Length == 0)
        {
            answer = answerer.Welcome(incoming.Locale);
        }
        else
        {
            if (logging.Value.IncludeMessageText)
            {
                logger.LogInformation("Question on {ChannelId}: {Question}", incoming.ChannelId, question);
            }

            answer = answerer.Answer(new UserQuestion(question, conversationId, incoming.Locale));
            if (answer.Kind is AnswerKind.NoAnswer or AnswerKind.LowConfidence)
            {
                await recorder.RecordUnansweredAsync(question, answer.Kind, incoming, cancellationToken);
            }

            if (answer.Excerpts.Count > 0)
            {
                await recentAnswers.RememberAsync(conversationId, new RecentAnswer(question, AdaptiveAnswerCardBuilder.Sources(answer)), cancellationToken);
            }
        }

        logger.LogInformation(
            "Answered a message on {ChannelId} with {AnswerKind} and {ExcerptCount} excerpt(s)",
            incoming.ChannelId, answer.Kind, answer.Excerpts.Count);
        var rendered = AnswerRenderer.Render(answer, new RenderContext(incoming.ChannelId, question, baseUrl));
        return new TurnResult([ActivityAddressing.CreateTyping(incoming), ActivityAddressing.CreateReply(incoming, rendered)]);
    }

    private TurnResult OnConversationUpdate(Activity incoming, string? baseUrl)
    {
        // Greet people, not ourselves: the bot's own join arrives with its id (= recipient.id).
        var botId = incoming.Recipient?.Id;
        var someoneJoined = (incoming.MembersAdded ?? []).Any(m => m.Id is not null && m.Id != botId);
        if (!someoneJoined)
        {
            return TurnResult.Empty;
        }

        var welcome = AnswerRenderer.Render(answerer.Welcome(incoming.Locale), new RenderContext(incoming.ChannelId, null, baseUrl));
        return new TurnResult([ActivityAddressing.CreateReply(incoming, welcome)]);
    }

    private async Task<TurnResult> OnInvokeAsync(Activity incoming, CancellationToken cancellationToken)
    {
        // Other invokes (task modules, message extensions, sign-in) are features FaqBot does not have.
        if (!string.Equals(incoming.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            return new TurnResult([], new InvokeResponse(501));
        }

        if (incoming.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return new TurnResult([], InvokeError(400, "BadRequest", "The invoke value has no action."));
        }

        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            return new TurnResult([], InvokeError(400, "NotSupported", "Only Action.Execute is supported."));
        }

        JsonElement? data = action.TryGetProperty("data", out var d) ? d : null;
        var message = "That action is not available.";
        if (FeedbackPayload.TryRead(data) is { } payload)
        {
            await recorder.RecordAsync(payload, incoming, "invoke", cancellationToken);
            message = FeedbackThanks;
        }

        var body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = ContentTypes.ActivityMessage, Value = BotJson.ToElement(message) };
        return new TurnResult([], new InvokeResponse(200, BotJson.ToElement(body)));
    }

    private async Task<TurnResult> OnMessageReactionAsync(Activity incoming, CancellationToken cancellationToken)
    {
        var answer = incoming.Conversation?.Id is { } id ? await recentAnswers.FindAsync(id, cancellationToken) : null;
        await recorder.RecordReactionsAsync(incoming, answer, cancellationToken);
        return TurnResult.Empty;
    }

    private static InvokeResponse InvokeError(int status, string code, string message) => new(
        status,
        BotJson.ToElement(new AdaptiveCardInvokeResponse
        {
            StatusCode = status,
            Type = ContentTypes.Error,
            Value = BotJson.ToElement(new { code, message }),
        }));
}
