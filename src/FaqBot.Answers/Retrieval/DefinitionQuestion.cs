using System.Text.RegularExpressions;

namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Recognises "what is X?" questions and the passages that define X ("X is a …", "X, a …"), so a
/// definition outranks passages that merely mention X often.
/// </summary>
public static partial class DefinitionQuestion
{
    // How far into a passage the definition may start ("Spasticity, a condition …" or after a short lead-in).
    private const int DefinitionWindow = 120;

    /// <summary>
    /// The X of "what is X?" (also "what are", "what's", "define", "tell me about", and "what is X used
    /// for?", which a definition answers too: "Baclofen is a medication that is primarily used to treat …"), or null.
    /// </summary>
    public static string? Subject(string question)
    {
        var match = Pattern().Match(question);
        return match.Success ? match.Groups["subject"].Value.Trim() : null;
    }

    /// <summary>True when <paramref name="text"/> opens by defining <paramref name="subject"/>.</summary>
    public static bool Defines(string text, string subject)
    {
        var window = text.Length > DefinitionWindow + subject.Length ? text[..(DefinitionWindow + subject.Length)] : text;
        var at = window.IndexOf(subject, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = window[(at + subject.Length)..];
        return OpensSentence(window[..at]) && Definer().IsMatch(rest);
    }

    // "Baclofen is a …" and "The thyroid is …" define; "… a closer look at Baclofen, a medication …" only mentions.
    private static bool OpensSentence(string before)
    {
        var lead = before.TrimEnd();
        foreach (var article in (string[])["the", "an", "a"])
        {
            if (lead.EndsWith(article, StringComparison.OrdinalIgnoreCase)
                && (lead.Length == article.Length || !char.IsLetter(lead[^(article.Length + 1)])))
            {
                lead = lead[..^article.Length].TrimEnd();
                break;
            }
        }

        return lead.Length == 0 || (!char.IsLetterOrDigit(lead[^1]) && lead[^1] != ',');
    }

    [GeneratedRegex(@"^\s*(?:what\s+(?:is|are)(?:\s*\(are\))?|what'?s|whats|define|definition\s+of|tell\s+me\s+about|do\s+you\s+have\s+(?:any\s+)?information\s+(?:about|on))\s+(?:an?\s+|the\s+)?(?<subject>[^?!.]{2,80}?)(?:\s+(?:used|prescribed|given|good)\s+for)?\s*[?!.]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // "X is a …", "X, a …", "X (Y) is an …", "X refers to …": a definition, not "X is effective …".
    [GeneratedRegex(@"^\s*(?:\([^)]{0,60}\)\s*)?(?:,\s*(?:also\s+known\s+as\s+[^,]{0,40},\s*)?(?:an?|the)\s|(?:is|are|was)\s+(?:an?|the|one\s+of)\s|refers\s+to\b|means\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definer();
}
