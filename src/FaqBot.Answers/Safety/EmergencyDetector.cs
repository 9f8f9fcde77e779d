using System.Text.RegularExpressions;
using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Safety;

/// <summary>
/// Finds emergency wording before any search runs. Two tiers: phrases that describe a situation
/// happening now ("I took too many", "can't breathe", "having a seizure", self-harm) are always
/// urgent; topic words ("overdose", "seizures", "trouble breathing") are urgent unless the message is
/// a general question with no one's present state in it ("can baclofen cause seizures?"), in which
/// case the finding is informational and the answer only carries a safety note. Self-harm wording is
/// always urgent: a caring crisis-line reply to a question is a far smaller harm than a missed cry
/// for help.
/// </summary>
public sealed partial class EmergencyDetector
{
    // Words people misspell under stress. "fainted" is left out on purpose: it is one letter from
    // "painted", and a false alarm there would be absurd.
    private static readonly TypoCorrector Typos = new(
    [
        "overdose", "overdosed", "overdosing", "overdoses", "seizure", "seizures", "seizing", "convulsion",
        "convulsions", "convulsing", "breathe", "breath", "breathing", "unconscious", "unresponsive",
        "suicide", "suicidal", "swelling", "swollen", "anaphylaxis", "anaphylactic", "myself", "himself",
        "herself", "accidentally",
    ]);

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly (EmergencyCategory Category, Regex Pattern)[] Urgent =
    [
        (EmergencyCategory.SelfHarm, SelfHarmNow()),
        (EmergencyCategory.Overdose, OverdoseNow()),
        (EmergencyCategory.Breathing, BreathingNow()),
        (EmergencyCategory.Seizure, SeizureNow()),
        (EmergencyCategory.Unconscious, UnconsciousNow()),
        (EmergencyCategory.AllergicReaction, AllergicReactionNow()),
    ];

    private static readonly (EmergencyCategory Category, Regex Pattern)[] Topics =
    [
        (EmergencyCategory.Overdose, OverdoseTopic()),
        (EmergencyCategory.Breathing, BreathingTopic()),
        (EmergencyCategory.Seizure, SeizureTopic()),
        (EmergencyCategory.Unconscious, UnconsciousTopic()),
        (EmergencyCategory.AllergicReaction, AllergicReactionTopic()),
    ];

    /// <summary>Returns the emergency the message is about, or null when there is none.</summary>
    public EmergencyFinding? Detect(NormalizedMessage message)
    {
        var corrected = message.MapWords(Typos.Correct).Text;
        foreach (var (category, pattern) in Urgent)
        {
            var match = pattern.Match(corrected);
            if (match.Success)
            {
                return new EmergencyFinding(category, IsUrgent: true, match.Value);
            }
        }

        foreach (var (category, pattern) in Topics)
        {
            var match = pattern.Match(corrected);
            if (match.Success)
            {
                var general = QuestionOpeningPattern().IsMatch(corrected) && !PresentStatePattern().IsMatch(corrected);
                return new EmergencyFinding(category, IsUrgent: !general, match.Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(suicide|suicidal|kill(ing)? (my|him|her|them)sel(f|ves)|end(ing)? (my|his|her) (own )?life|end it all|take (my|his|her) (own )?life|(want|wanna|going|wish) (to )?die|dont want to (live|be alive|be here|wake up)|better off dead|self ?harm(ing)?|(hurt|harm|cut|cutting|hurting|harming|injure|injuring) (my|him|her)self)\b", Options)]
    private static partial Regex SelfHarmNow();

    [GeneratedRegex(@"\b((took|taken|swallowed|ate|had|takin|taking) (way |far )?too (many|much)|overdosed|overdosing|(i|he|she|they|we|ive|hes|shes) (just |have |has )?(od|odd|oded)|(took|taken|swallowed|had) (a |an )?(double|triple|extra|second|whole|entire) (dose|doses|pack|bottle|box|packet)|double dosed|(took|taken|swallowed) (all|the whole|a handful|handfuls)|accident(al)?ly (took|taken|swallowed|had|gave))\b", Options)]
    private static partial Regex OverdoseNow();

    [GeneratedRegex(@"\b((cant|cannot|can not|couldnt|unable to|barely|struggling to|fighting to|hardly) (\w+ )?breath(e|ing)?|(not|stopped|isnt|wasnt|arent|no longer) breathing|(cant|cannot|couldnt) (get|catch) (my |his |her )?breath|choking|turning blue|gasping)\b", Options)]
    private static partial Regex BreathingNow();

    [GeneratedRegex(@"\b((having|had|has|in) (a |another )?(seizure|seizures|fit|fits|convulsion|convulsions)|seizing|convulsing|fitting now|is fitting|started fitting)\b", Options)]
    private static partial Regex SeizureNow();

    [GeneratedRegex(@"\b(passed out|passing out|fainted|collapsed|unconscious|unresponsive|(wont|cant|doesnt|isnt) (wake|waking) up|not waking up|blacked out|blacking out)\b", Options)]
    private static partial Regex UnconsciousNow();

    [GeneratedRegex(@"\b((lips?|face|throat|tongue|mouth|eyes) (\w+ ){0,4}(swelling|swollen|swell|closing)|(swelling|swollen) (lips?|face|throat|tongue)|throat (is )?closing|anaphylactic shock)\b", Options)]
    private static partial Regex AllergicReactionNow();

    [GeneratedRegex(@"\b(overdose|overdoses|too many (pills|tablets|doses)|too much baclofen|poison(ed|ing)?)\b", Options)]
    private static partial Regex OverdoseTopic();

    [GeneratedRegex(@"\b((trouble|difficulty|difficult|hard|problems?|shortness of) (\w+ )?breath(e|ing)?|breathing (problems?|trouble|difficult(y|ies))|short of breath)\b", Options)]
    private static partial Regex BreathingTopic();

    [GeneratedRegex(@"\b(seizure|seizures|convulsion|convulsions)\b", Options)]
    private static partial Regex SeizureTopic();

    [GeneratedRegex(@"\b(pass out|faint|fainting|lose consciousness|losing consciousness|loss of consciousness)\b", Options)]
    private static partial Regex UnconsciousTopic();

    [GeneratedRegex(@"\b(anaphylaxis|anaphylactic)\b", Options)]
    private static partial Regex AllergicReactionTopic();

    // A general question opens with a question word (and, checked separately, says nothing about anyone's present state).
    [GeneratedRegex(@"^(what|whats|which|how|why|when|where|who|can|could|does|do|did|is|are|will|would|may|might|should|tell me|list|explain|any|whats the)\b", Options)]
    private static partial Regex QuestionOpeningPattern();

    [GeneratedRegex(@"\b(i am|im|i have|ive|i feel|i think|i just|i took|i cant|my \w+ (is|has|was|just)|he is|hes|she is|shes|they are|theyre|he has|she has|right now|now|currently|help me|help)\b", Options)]
    private static partial Regex PresentStatePattern();
}
