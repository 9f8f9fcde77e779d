using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Tests.Intents;

public sealed class DosingDetectorTests
{
    private readonly DosingDetector _detector = new();

    [Theory]
    [InlineData("How much should I take?")]
    [InlineData("how much baclofen can i take")]
    [InlineData("Can I double my dose?")]
    [InlineData("I missed a dose")]
    [InlineData("i forgot to take my baclofen")]
    [InlineData("Should I take 20mg?")]
    [InlineData("should i take 20 mg of baclofen")]
    [InlineData("My father is 70. Is the usual baclofen dose right for him?")]
    [InlineData("Should I take my baclofen three or four times a day?")]
    [InlineData("I feel drowsy on baclofen. Should I lower my dose?")]
    [InlineData("how do I taper off baclofen")]
    [InlineData("can I stop taking baclofen suddenly")]
    [InlineData("is it ok to take 2 pills at once")]
    public void Recognises_personal_dosing_questions(string text) =>
        Assert.True(_detector.IsPersonalDosing(NormalizedMessage.From(text)));

    [Theory]
    [InlineData("What is the usual dose of baclofen?")]
    [InlineData("Is it better to start baclofen at a low dose?")]
    [InlineData("How is the baclofen dosage monitored and adjusted during treatment?")]
    [InlineData("Why should I talk to a healthcare provider before using baclofen for anxiety?")]
    [InlineData("Who should not take baclofen?")]
    [InlineData("can I take baclofen with alcohol")]
    [InlineData("I stopped baclofen 3 days ago and feel anxious, can that happen?")]
    public void Leaves_general_questions_alone(string text) =>
        Assert.False(_detector.IsPersonalDosing(NormalizedMessage.From(text)));

    [Theory]
    [InlineData("Should I lower my dose?", true)]
    [InlineData("Should I take my baclofen three or four times a day?", true)]
    [InlineData("should i take 20 mg of baclofen", true)]
    [InlineData("how much baclofen should I take for anxiety", false)]
    public void Tells_whether_the_message_names_the_dose_matter(string text, bool expected) =>
        Assert.Equal(expected, _detector.NamesDoseMatter(NormalizedMessage.From(text)));
}
