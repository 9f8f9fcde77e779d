using System.Text.RegularExpressions;

namespace FaqBot.Answers.Intents;

/// <summary>
/// Recognises greetings, thanks, goodbyes, help requests, questions about the bot and small talk.
/// Patterns match the whole normalized message, so "hi, can baclofen cause anxiety?" is a question,
/// not a greeting; <see cref="StripGreeting"/> removes such a leading greeting before search.
/// </summary>
public sealed partial class ChitChatRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Greetings = @"hi+|hello+|hey+|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day)|hi there|hello there|hey there";

    // Trailing words that do not change the intent ("thanks a lot bot", "hello faqbot").
    private const string Tail = @"( (there|bot|faqbot|again|so much|a lot|very much|lots|everyone|all|friend|mate|for (that|this|the (help|info|information|answer))|for your help|please|then|now|today))*";

    private static readonly (ChitChatIntent Intent, Regex Pattern)[] Patterns =
    [
        (ChitChatIntent.Greeting, GreetingPattern()),
        (ChitChatIntent.Thanks, ThanksPattern()),
        (ChitChatIntent.Goodbye, GoodbyePattern()),
        (ChitChatIntent.Help, HelpPattern()),
        (ChitChatIntent.Identity, IdentityPattern()),
        (ChitChatIntent.HowAreYou, HowAreYouPattern()),
        (ChitChatIntent.SmallTalk, SmallTalkPattern()),
    ];

    /// <summary>The small-talk intent of the whole message, or null for anything else.</summary>
    public ChitChatIntent? Recognize(NormalizedMessage message)
    {
        foreach (var (intent, pattern) in Patterns)
        {
            if (pattern.IsMatch(message.Text))
            {
                return intent;
            }
        }

        return null;
    }

    /// <summary>The original text without a leading greeting ("Hi, what is baclofen?" -> "what is baclofen?").</summary>
    public string StripGreeting(string text)
    {
        var match = LeadingGreetingPattern().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..] : text;
    }

    [GeneratedRegex($@"^({Greetings}){Tail}$", Options)]
    private static partial Regex GreetingPattern();

    [GeneratedRegex($@"^((ok|okay|great|cool|perfect|awesome|brilliant) )?(thanks|thank you|thank u|thankyou|thx|ty|cheers|many thanks|much appreciated|appreciate it|that helps|that helped|that was helpful|very helpful|helpful){Tail}$", Options)]
    private static partial Regex ThanksPattern();

    [GeneratedRegex($@"^((ok|okay|thanks) )?(bye|goodbye|good bye|bye bye|see you|see ya|cya|later|farewell|good night|goodnight|take care|thats all|im done|done){Tail}$", Options)]
    private static partial Regex GoodbyePattern();

    [GeneratedRegex($@"^(help|help me|\?|menu|options|start|get started|what can you do|what can i ask|what can i ask you|what do you know|what do you know about|what can you help (me )?with|what questions can i ask|how does this work|how do i use (this|you)|what are you for|what topics (do you|can you) (cover|answer)){Tail}$", Options)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^((who|what) are you|who am i (talking|speaking|chatting) (to|with)|what is this|whats your name|what is your name|who made you|who built you|(are|r) (you|u) (a |an )?(human|real|real person|person|bot|robot|machine|computer|computer program|program|ai|doctor|nurse|pharmacist)( or (a |an )?\w+( \w+)?)?|(is this|am i talking to|am i chatting with) (a |an )?(bot|human|real person|person|robot|machine|computer|doctor))( \w+){0,3}$", Options)]
    private static partial Regex IdentityPattern();

    [GeneratedRegex(@"^(how are you|how are you doing|how r u|how are u|hows it going|how is it going|whats up|sup|how do you do|how have you been)( doing)?( today| now| this (morning|evening|afternoon))?$", Options)]
    private static partial Regex HowAreYouPattern();

    [GeneratedRegex(@"^((can you |could you |please )?tell me a joke|(tell|know) (me )?(any|a) jokes?|joke|say something funny|make me laugh|do you like \w+( \w+)?|whats the weather( like)?( today)?|i love you|you are (great|awesome|funny|smart|stupid|useless)|lol|haha+|ok|okay|cool|nice|great)( please)?$", Options)]
    private static partial Regex SmallTalkPattern();

    [GeneratedRegex($@"^\s*({Greetings})\b[\s,!.:;-]*", Options | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGreetingPattern();
}
