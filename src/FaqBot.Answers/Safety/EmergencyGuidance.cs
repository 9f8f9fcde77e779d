namespace FaqBot.Answers.Safety;

/// <summary>
/// The fixed urgent-help sentences that lead an emergency reply, filled with the locale's numbers.
/// Short on purpose: a person in trouble should read who to call before anything else.
/// </summary>
public static class EmergencyGuidance
{
    /// <summary>Guidance lines for an urgent finding, most important first.</summary>
    public static IReadOnlyList<string> For(EmergencyCategory category, LocaleContacts contacts)
    {
        var lines = new List<string>();
        if (category == EmergencyCategory.SelfHarm)
        {
            lines.Add("I'm really sorry you're going through this. You don't have to face it alone.");
            lines.Add($"If you might act on these thoughts or are in danger now, call {contacts.EmergencyNumber} now.");
            lines.Add($"You can talk to someone right now: {contacts.CrisisLine}.");
            lines.Add("If you can, reach out to someone you trust and stay with them.");
            return lines;
        }

        lines.Add($"This could be an emergency. Call {contacts.EmergencyNumber} now, or go to the nearest emergency department.");
        if (category == EmergencyCategory.Overdose)
        {
            lines.Add(string.IsNullOrWhiteSpace(contacts.PoisonControl)
                ? $"If someone has taken too much, call {contacts.EmergencyNumber} even if they seem fine."
                : $"If someone has taken too much, you can also call {contacts.PoisonControl}, even if they seem fine.");
        }

        lines.Add("Stay with the person, and don't leave them alone.");
        if (!string.IsNullOrWhiteSpace(contacts.UrgentAdvice))
        {
            lines.Add($"For urgent advice that is not an emergency, call {contacts.UrgentAdvice}.");
        }

        return lines;
    }

    /// <summary>The one-line note added to a general answer about an emergency topic.</summary>
    public static string SafetyNote(LocaleContacts contacts) =>
        string.IsNullOrWhiteSpace(contacts.PoisonControl)
            ? $"If this is happening to you or someone else right now, call {contacts.EmergencyNumber}."
            : $"If this is happening to you or someone else right now, call {contacts.EmergencyNumber} or {contacts.PoisonControl}.";
}
