using FaqBot.Answers.Intents;
using FaqBot.Answers.Safety;

namespace FaqBot.Answers.Tests.Safety;

public sealed class EmergencyDetectorTests
{
    private readonly EmergencyDetector _detector = new();

    private EmergencyFinding? Detect(string text) => _detector.Detect(NormalizedMessage.From(text));

    [Theory]
    [InlineData("I think I overdosed on baclofen", EmergencyCategory.Overdose)]
    [InlineData("i took too many pills", EmergencyCategory.Overdose)]
    [InlineData("I TOOK TOO MUCH BACLOFEN", EmergencyCategory.Overdose)]
    [InlineData("my mum has taken too many of her tablets", EmergencyCategory.Overdose)]
    [InlineData("I accidentally took a double dose of baclofen an hour ago", EmergencyCategory.Overdose)]
    [InlineData("i think i overdoesed", EmergencyCategory.Overdose)]
    [InlineData("overdose", EmergencyCategory.Overdose)]
    [InlineData("I can't breathe", EmergencyCategory.Breathing)]
    [InlineData("i cant breath", EmergencyCategory.Breathing)]
    [InlineData("I can’t breathe properly", EmergencyCategory.Breathing)]
    [InlineData("cannot breathe after my dose", EmergencyCategory.Breathing)]
    [InlineData("I'm having trouble breathing", EmergencyCategory.Breathing)]
    [InlineData("he is not breathing", EmergencyCategory.Breathing)]
    [InlineData("My son stopped taking his baclofen and now he is having a seizure.", EmergencyCategory.Seizure)]
    [InlineData("I'm having a siezure", EmergencyCategory.Seizure)]
    [InlineData("she is having a fit", EmergencyCategory.Seizure)]
    [InlineData("my dad is convulsing", EmergencyCategory.Seizure)]
    [InlineData("my husband passed out and won't wake up", EmergencyCategory.Unconscious)]
    [InlineData("I keep passing out", EmergencyCategory.Unconscious)]
    [InlineData("she fainted", EmergencyCategory.Unconscious)]
    [InlineData("he is unconcious", EmergencyCategory.Unconscious)]
    [InlineData("My lips and face are swelling up after my first dose of baclofen.", EmergencyCategory.AllergicReaction)]
    [InlineData("my throat is closing", EmergencyCategory.AllergicReaction)]
    [InlineData("I have suicidal thoughts", EmergencyCategory.SelfHarm)]
    [InlineData("i want to die", EmergencyCategory.SelfHarm)]
    [InlineData("I feel like I want to hurt myself.", EmergencyCategory.SelfHarm)]
    [InlineData("thinking about self-harm", EmergencyCategory.SelfHarm)]
    [InlineData("I want to kill myself", EmergencyCategory.SelfHarm)]
    [InlineData("i wanna kill myslef", EmergencyCategory.SelfHarm)]
    [InlineData("I've been having sucidal thoughts", EmergencyCategory.SelfHarm)]
    public void Flags_emergency_wording_as_urgent(string text, EmergencyCategory category)
    {
        var finding = Detect(text);

        Assert.NotNull(finding);
        Assert.True(finding.IsUrgent);
        Assert.Equal(category, finding.Category);
    }

    [Theory]
    [InlineData("What are the symptoms of a baclofen overdose?", EmergencyCategory.Overdose)]
    [InlineData("can baclofen cause seizures?", EmergencyCategory.Seizure)]
    [InlineData("Does baclofen cause trouble breathing?", EmergencyCategory.Breathing)]
    [InlineData("is fainting a side effect of baclofen", EmergencyCategory.Unconscious)]
    public void Reads_general_questions_about_emergency_topics_as_informational(string text, EmergencyCategory category)
    {
        var finding = Detect(text);

        Assert.NotNull(finding);
        Assert.False(finding.IsUrgent);
        Assert.Equal(category, finding.Category);
    }

    [Theory]
    [InlineData("What is baclofen?")]
    [InlineData("Can baclofen cause respiratory depression?")]
    [InlineData("What withdrawal symptoms can occur when baclofen is stopped?")]
    [InlineData("What are the signs of an allergic reaction to baclofen?")]
    [InlineData("I painted my room and feel dizzy, is that baclofen?")]
    [InlineData("does baclofen help you breathe easier when anxious")]
    [InlineData("")]
    public void Leaves_ordinary_questions_alone(string text) => Assert.Null(Detect(text));
}
