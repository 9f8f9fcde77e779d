using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// Turns a channel-neutral <see cref="Answer"/> into the body of a message activity for one channel.
/// Card channels (Teams, Web Chat, Direct Line, Emulator): lead sentences as text, excerpts, sources and
/// disclaimer in an Adaptive Card. Others: everything as Markdown text. Follow-ups are suggested actions,
/// except on Teams where they are card buttons; 👍/👎 buttons follow every answer with excerpts.
/// </summary>
internal static class AnswerRenderer
{
    /// <summary>Said before the card when the answer engine gave no lead sentence of its own.</summary>
    public const string DefaultCardLead = "Here is what the articles say:";

    public static Activity Render(Answer answer, RenderContext context)
    {
        var teams = ChannelCapabilities.IsTeams(context.ChannelId);
        var useCard = ChannelCapabilities.SupportsAdaptiveCards(context.ChannelId)
            && (answer.Excerpts.Count > 0 || (teams && answer.Suggestions.Count > 0));

        string text;
        var attachments = new List<Attachment>();
        if (useCard)
        {
            var lead = answer.Lead.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
            text = lead.Count > 0 ? string.Join("\n\n", lead) : DefaultCardLead;
            attachments.Add(AdaptiveAnswerCardBuilder.Build(answer, context, suggestionButtons: teams));
        }
        else
        {
            text = MarkdownAnswerFormatter.Format(answer, context);
            if (answer.Excerpts.Count > 0)
            {
                attachments.Add(FeedbackHeroCard(answer, context));
            }
        }

        var suggested = !teams && answer.Suggestions.Count > 0
            ? new SuggestedActions { Actions = answer.Suggestions.Select(s => CardAction.ImBack(s, s)).ToList() }
            : null;

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.Length > 0 ? text : null,
            TextFormat = TextFormatTypes.Markdown,
            Attachments = attachments.Count > 0 ? attachments : null,
            SuggestedActions = suggested,
            InputHint = suggested is null ? null : "expectingInput",
        };
    }

    /// <summary>A plain-text reply (thanks for feedback, apologies) in the same shape.</summary>
    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormatTypes.Plain,
    };

    // postBack carries the payload without showing it in the transcript, on channels that lack cards.
    private static Attachment FeedbackHeroCard(Answer answer, RenderContext context)
    {
        var sources = AdaptiveAnswerCardBuilder.Sources(answer);
        CardAction Button(string title, FeedbackRating rating) => new()
        {
            Type = ActionTypes.PostBack,
            Title = title,
            Value = BotJson.ToElement(FeedbackPayload.Create(rating, context.Question, sources)),
        };

        var card = new HeroCard
        {
            Text = "Was this helpful?",
            Buttons = [Button("👍 Helpful", FeedbackRating.Helpful), Button("👎 Not helpful", FeedbackRating.Unhelpful)],
        };
        return new Attachment { ContentType = ContentTypes.HeroCard, Content = BotJson.ToElement(card) };
    }
}
