namespace FaqBot.Answers.Safety;

/// <summary>
/// The words an article passage must use to be quoted after urgent-help guidance. An emergency reply
/// may carry what the articles say about that emergency (overdose symptoms, breathing problems), never
/// a passage that merely shares other words of the message ("too", "pills").
/// </summary>
public static class EmergencyTopics
{
    /// <summary>The subject words of <paramref name="category"/>; empty when nothing may be quoted (self-harm).</summary>
    public static IReadOnlyList<string> For(EmergencyCategory category) => category switch
    {
        EmergencyCategory.Overdose => ["overdose", "overdoses", "overdosed", "poisoning"],
        EmergencyCategory.Breathing => ["breathe", "breathing", "breath", "respiratory"],
        EmergencyCategory.Seizure => ["seizure", "seizures", "convulsion", "convulsions"],
        EmergencyCategory.Unconscious => ["unconscious", "unconsciousness", "consciousness", "coma", "fainting", "fainted"],
        EmergencyCategory.AllergicReaction => ["allergic", "allergy", "anaphylaxis", "anaphylactic", "hypersensitivity", "swelling"],
        _ => [],
    };
}
