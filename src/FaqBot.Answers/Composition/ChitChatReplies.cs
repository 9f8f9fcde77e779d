using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Composition;

/// <summary>Short fixed replies to small talk, each offering example questions.</summary>
public static class ChitChatReplies
{
    /// <summary>The reply to <paramref name="intent"/>.</summary>
    public static Answer For(ChitChatIntent intent, int articleCount, IReadOnlyList<string> examples)
    {
        IReadOnlyList<string> lead = intent switch
        {
            ChitChatIntent.Greeting => ["Hello!", ReplyTexts.About(articleCount), "What would you like to know?"],
            ChitChatIntent.Thanks => ["You're welcome! Anything else you'd like to know?"],
            ChitChatIntent.Goodbye => ["Goodbye, and take care!"],
            ChitChatIntent.Help => [ReplyTexts.About(articleCount), "Ask a question in your own words, or try one of these. Say \"tell me more\" for further excerpts."],
            ChitChatIntent.Identity => [ReplyTexts.About(articleCount)],
            ChitChatIntent.HowAreYou => ["I'm a program, so I'm always ready to help. What would you like to know?"],
            _ => ["I'm only good at questions about my articles. Try one of these."],
        };
        return new Answer
        {
            Kind = AnswerKind.ChitChat,
            Lead = lead,
            Suggestions = intent == ChitChatIntent.Goodbye ? [] : examples,
        };
    }

    /// <summary>The welcome shown when a user joins.</summary>
    public static Answer Welcome(int articleCount, IReadOnlyList<string> examples) => new()
    {
        Kind = AnswerKind.ChitChat,
        Lead = ["Hi! " + ReplyTexts.About(articleCount), "Ask me a question, or try one of these."],
        Suggestions = examples,
    };
}
