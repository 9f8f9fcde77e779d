using System.Text.Json;
using System.Text.Json.Nodes;
using FaqBot.Answers.Composition;
using FaqBot.Answers.Feedback;
using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Rendering;

/// <summary>
/// An Adaptive Card 1.5 (the highest Teams renders; Web Chat renders 1.6) holding the excerpts, their
/// sources and the disclaimer, with Action.Submit buttons (Web Chat has no Action.Execute).
/// </summary>
internal static class AdaptiveAnswerCardBuilder
{
    /// <summary>The most card-level actions Teams shows.</summary>
    public const int TeamsMaxActions = 6;

    public static Attachment Build(Answer answer, RenderContext context, bool suggestionButtons)
    {
        var body = new JsonArray();
        foreach (var excerpt in answer.Excerpts)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = body.Count > 0,
                ["items"] = new JsonArray
                {
                    TextBlock(MarkdownAnswerFormatter.Emphasize(excerpt)),
                    TextBlock(MarkdownAnswerFormatter.SourceLink(excerpt, context), subtle: true),
                },
            });
        }

        if (!string.IsNullOrWhiteSpace(answer.Disclaimer))
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["separator"] = true,
                ["items"] = new JsonArray { TextBlock(answer.Disclaimer.Trim(), subtle: true) },
            });
        }

        var actions = new JsonArray();
        if (suggestionButtons)
        {
            // Teams drops card actions beyond its host config's maxActions (6); the 👍/👎 pair must survive.
            var room = TeamsMaxActions - (answer.Excerpts.Count > 0 ? 2 : 0);
            foreach (var suggestion in answer.Suggestions.Take(room))
            {
                // msteams.imBack makes Teams post the question as the user's text; elsewhere "question" is read.
                actions.Add(Submit(suggestion, new JsonObject
                {
                    ["question"] = suggestion,
                    ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = suggestion },
                }));
            }
        }

        if (answer.Excerpts.Count > 0)
        {
            var sources = Sources(answer);
            actions.Add(Submit("👍 Helpful", FeedbackData(FeedbackRating.Helpful, context, sources)));
            actions.Add(Submit("👎 Not helpful", FeedbackData(FeedbackRating.Unhelpful, context, sources)));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) };
    }

    private static JsonNode FeedbackData(FeedbackRating rating, RenderContext context, IReadOnlyList<FeedbackSource> sources) =>
        JsonSerializer.SerializeToNode(FeedbackPayload.Create(rating, context.Question, sources), BotJson.Options)!;

    public static IReadOnlyList<FeedbackSource> Sources(Answer answer) =>
        answer.Excerpts.Select(e => new FeedbackSource(e.ArticleId, e.Section)).Distinct().ToList();

    private static JsonObject TextBlock(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["size"] = "Small";
            block["isSubtle"] = true;
        }

        return block;
    }

    private static JsonObject Submit(string title, JsonNode data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
}
