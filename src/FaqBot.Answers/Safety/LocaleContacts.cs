namespace FaqBot.Answers.Safety;

/// <summary>The help numbers for one locale, as they are written into urgent-help guidance.</summary>
public sealed class LocaleContacts
{
    /// <summary>The emergency number to call ("911", "999").</summary>
    public string EmergencyNumber { get; set; } = "";

    /// <summary>A crisis line for suicidal thoughts, with its name ("988 Suicide &amp; Crisis Lifeline").</summary>
    public string CrisisLine { get; set; } = "";

    /// <summary>Poison control with its name, or empty where the public has no such line.</summary>
    public string PoisonControl { get; set; } = "";

    /// <summary>A non-emergency urgent advice line ("NHS 111"), or empty.</summary>
    public string UrgentAdvice { get; set; } = "";
}
