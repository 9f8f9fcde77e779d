namespace FaqBot.Answers.Safety;

/// <summary>What kind of emergency a message describes; decides which numbers lead the reply.</summary>
public enum EmergencyCategory
{
    /// <summary>Too many pills, a double dose taken, an overdose.</summary>
    Overdose,

    /// <summary>Cannot breathe, stopped breathing, struggling to breathe.</summary>
    Breathing,

    /// <summary>A seizure, fit or convulsions.</summary>
    Seizure,

    /// <summary>Passed out, fainted, unconscious, will not wake up.</summary>
    Unconscious,

    /// <summary>Swelling of the lips, face, throat or tongue; anaphylaxis.</summary>
    AllergicReaction,

    /// <summary>Suicidal thoughts or self-harm.</summary>
    SelfHarm,
}
