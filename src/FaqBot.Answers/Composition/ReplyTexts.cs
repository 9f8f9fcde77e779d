namespace FaqBot.Answers.Composition;

/// <summary>
/// FaqBot's own fixed sentences. Every sentence a reply contains is either one of these or a verbatim
/// excerpt; keeping them in one place makes that easy to check and to word carefully.
/// </summary>
public static class ReplyTexts
{
    /// <summary>Ends every personal-dosing reply.</summary>
    public const string PrescriberLine =
        "Please ask your prescriber or pharmacist before you take, change, skip or stop a dose.";

    /// <summary>Opens every personal-dosing reply.</summary>
    public const string NoPersonalDosing =
        "I can't give personal dosing advice. Here is what my articles say in general.";

    /// <summary>Opens a personal-dosing reply when no passage is about the question.</summary>
    public const string NoPersonalDosingNoExcerpt =
        "I can't give personal dosing advice, and my articles don't say anything specific about this.";

    /// <summary>Opens a no-answer reply.</summary>
    public const string NotCovered = "Sorry, my articles don't cover that.";

    /// <summary>Opens a low-confidence reply.</summary>
    public const string NotSure = "I'm not sure my articles answer that. Did you mean one of these?";

    /// <summary>The last "did you mean" choice.</summary>
    public const string NoneOfThese = "None of these";

    /// <summary>Reply to "none of these".</summary>
    public const string NoneOfTheseReply = "Sorry I couldn't find it. Try asking in other words, or ask your doctor or pharmacist.";

    /// <summary>Reply to "tell me more" when everything relevant has been shown.</summary>
    public const string NothingMore = "That's everything my articles say about it.";

    /// <summary>Reply to "tell me more" with no earlier question.</summary>
    public const string NothingToContinue = "Ask me a question first, then say \"tell me more\" for further excerpts.";

    /// <summary>The suggestion that asks for further excerpts.</summary>
    public const string TellMeMore = "Tell me more";

    /// <summary>Opens a reply to "tell me more".</summary>
    public const string MoreLead = "Here is more from my articles.";

    /// <summary>The reply when something unexpected went wrong while answering.</summary>
    public const string Failure = "Sorry, something went wrong while I was looking that up. Please try again.";

    /// <summary>Prefix of the line that says how a follow-up was read.</summary>
    public const string ShowingResultsFor = "Showing results for: ";

    /// <summary>Lists what the articles cover: "My articles cover: A; B; C."</summary>
    public static string Topics(IReadOnlyList<string> titles, int more) =>
        more > 0
            ? $"My articles cover: {string.Join("; ", titles)}; and {more} more."
            : $"My articles cover: {string.Join("; ", titles)}.";

    /// <summary>What FaqBot is, for greetings, help and "who are you".</summary>
    public static string About(int articleCount) =>
        $"I'm FaqBot, an automated assistant, not a doctor. I answer questions by quoting {articleCount} curated health article{(articleCount == 1 ? "" : "s")} word for word, with their sources.";
}
