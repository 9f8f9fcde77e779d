using System.Text.RegularExpressions;
using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Context;

/// <summary>
/// Reads follow-ups in the light of the previous question: "what about side effects?" after a
/// baclofen question becomes "baclofen side effects", "is it safe in pregnancy?" becomes "is baclofen
/// safe in pregnancy". Only messages without a topic of their own are rewritten, and only when they
/// look like follow-ups: an opener such as "what about", or a pronoun standing for the topic.
/// </summary>
public sealed partial class FollowUpInterpreter
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>True for "tell me more" and its variants.</summary>
    public bool IsTellMeMore(NormalizedMessage message) => TellMeMorePattern().IsMatch(message.Text);

    /// <summary>True for the "None of these" choice of a "did you mean" reply.</summary>
    public bool IsNoneOfThese(NormalizedMessage message) => NoneOfThesePattern().IsMatch(message.Text);

    /// <summary>
    /// Decides how to search <paramref name="question"/> given the previous topic.
    /// <paramref name="hasOwnTopic"/> says whether the question names a topic itself.
    /// </summary>
    public Interpretation Interpret(string question, string? previousTopic, bool hasOwnTopic)
    {
        var trimmed = question.Trim();
        if (string.IsNullOrWhiteSpace(previousTopic) || hasOwnTopic)
        {
            return new Interpretation(trimmed, null);
        }

        var bare = trimmed.TrimEnd('?', '!', '.', ' ');
        var opener = OpenerPattern().Match(bare);
        string? rewritten = null;
        if (opener.Success && opener.Length < bare.Length)
        {
            rewritten = $"{previousTopic} {bare[opener.Length..]}";
        }
        else if (PronounPattern().Match(bare) is { Success: true } pronoun)
        {
            rewritten = string.Concat(bare.AsSpan(0, pronoun.Index), previousTopic, bare.AsSpan(pronoun.Index + pronoun.Length));
        }

        return rewritten is null ? new Interpretation(trimmed, null) : new Interpretation(rewritten, rewritten);
    }

    [GeneratedRegex(@"^(please )?(tell me more|more|more please|show me more|show more|give me more|anything else|what else|go on|continue|keep going|more info|more information|tell me more about (it|that|this|them))( please)?$", Options)]
    private static partial Regex TellMeMorePattern();

    [GeneratedRegex(@"^(none of these|none of them|none|neither|no|nope)$", Options)]
    private static partial Regex NoneOfThesePattern();

    [GeneratedRegex(@"^\s*((and|but|so|ok|okay)\s*,?\s+)?((what|how)\s+about|what\s+of|also|and)\s+", Options)]
    private static partial Regex OpenerPattern();

    [GeneratedRegex(@"\b(this (drug|medicine|medication|med)|the (drug|medicine|medication)|it|this|that)\b", Options)]
    private static partial Regex PronounPattern();
}
