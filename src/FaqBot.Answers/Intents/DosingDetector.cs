using System.Text.RegularExpressions;

namespace FaqBot.Answers.Intents;

/// <summary>
/// Recognises requests for a personal dosing decision ("how much should I take", "can I double my
/// dose", "I missed a dose", "should I take 20mg", "is the usual dose right for him?"). General
/// questions about doses ("what is the usual dose of baclofen?") are not personal and are answered
/// normally. A message is personal dosing when it names a dose matter and asks for a decision for a
/// person ("should I", "right for him"); a few phrases ("missed a dose") are personal on their own.
/// </summary>
public sealed partial class DosingDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>True when the message asks for a personal dosing decision.</summary>
    public bool IsPersonalDosing(NormalizedMessage message)
    {
        var text = message.Text;
        return AlwaysPattern().IsMatch(text)
            || (DoseMatterPattern().IsMatch(text) && PersonalDecisionPattern().IsMatch(text));
    }

    /// <summary>
    /// True when the message names a dose matter itself ("dose", "mg", "twice a day", "taper"); "how much
    /// should I take?" asks about the dose without naming it.
    /// </summary>
    public bool NamesDoseMatter(NormalizedMessage message) => DoseMatterPattern().IsMatch(message.Text);

    [GeneratedRegex(@"\b((missed|forgot|forgotten|skipped|skip|miss|forget) (a |my |one |his |her |the |to take (a |my |his |her )?)?(dose|doses|pill|pills|tablet|tablets|baclofen|medication|meds)|double (up )?(my|his|her|the next|a) (dose|pill|tablet)|how (much|many) (\w+ ){0,3}(should|can|do|must|could|may) (i|we|he|she|they|my \w+)|(what|which) (dose|dosage|strength) (\w+ ){0,2}(should|can|do|must|could) (i|we|he|she|they)|how (should|do|can) (i|we|he|she) (taper|come off|wean|stop))\b", Options)]
    private static partial Regex AlwaysPattern();

    [GeneratedRegex(@"\b(dose|doses|dosage|dosing|mg|milligrams?|pills?|tablets?|times (a|per) day|twice|once a day|taper(ing)?|wean(ing)?|double|triple|extra|skip|stop|stopping|quit|increase|decrease|raise|lower|reduce|cut|halve|split)\b", Options)]
    private static partial Regex DoseMatterPattern();

    // A decision asked for someone: "should I", "is it ok to", "right for him", "I want to".
    [GeneratedRegex(@"\b((should|can|could|may|must|shall|do|would) (i|we|he|she|they|my \w+)|is it (ok|okay|safe|fine|alright|bad|too \w+)|(ok|okay|safe|fine|alright) (for (me|him|her|them|us|my \w+) )?to|right for (me|him|her|them|us|my)|enough for (me|him|her|them|us|my)|too (much|high|low|little|strong) for (me|him|her|them|us|my)|(i|we|he|she) (want|need|plan|am planning|am thinking|am going) to|thinking (of|about) (taking|stopping|doubling|increasing|lowering|reducing|cutting))\b", Options)]
    private static partial Regex PersonalDecisionPattern();
}
