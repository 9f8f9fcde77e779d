namespace FaqBot.Answers.Safety;

/// <summary>The outcome of emergency triage for one message.</summary>
/// <param name="Category">The emergency the message is about.</param>
/// <param name="IsUrgent">
/// True when the message describes something happening now (or self-harm, which is always urgent);
/// false when it only asks about the topic ("what are the symptoms of an overdose?").
/// </param>
/// <param name="Trigger">The normalized words that matched, for the explanation.</param>
public sealed record EmergencyFinding(EmergencyCategory Category, bool IsUrgent, string Trigger);
