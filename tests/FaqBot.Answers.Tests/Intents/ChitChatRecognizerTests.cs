using FaqBot.Answers.Intents;

namespace FaqBot.Answers.Tests.Intents;

public sealed class ChitChatRecognizerTests
{
    private readonly ChitChatRecognizer _recognizer = new();

    [Theory]
    [InlineData("hi", ChitChatIntent.Greeting)]
    [InlineData("Hello there!", ChitChatIntent.Greeting)]
    [InlineData("good morning", ChitChatIntent.Greeting)]
    [InlineData("thanks", ChitChatIntent.Thanks)]
    [InlineData("Thank you so much!", ChitChatIntent.Thanks)]
    [InlineData("bye", ChitChatIntent.Goodbye)]
    [InlineData("help", ChitChatIntent.Help)]
    [InlineData("What can you do?", ChitChatIntent.Help)]
    [InlineData("who are you?", ChitChatIntent.Identity)]
    [InlineData("Are you a human or a computer program?", ChitChatIntent.Identity)]
    [InlineData("are you a doctor", ChitChatIntent.Identity)]
    [InlineData("How are you today?", ChitChatIntent.HowAreYou)]
    [InlineData("Can you tell me a joke?", ChitChatIntent.SmallTalk)]
    public void Recognises_small_talk(string text, ChitChatIntent intent) =>
        Assert.Equal(intent, _recognizer.Recognize(NormalizedMessage.From(text)));

    [Theory]
    [InlineData("hi, can baclofen cause anxiety?")]
    [InlineData("What is baclofen?")]
    [InlineData("help with muscle spasms")]
    [InlineData("thanks, and what are the side effects?")]
    public void Does_not_mistake_questions_for_small_talk(string text) =>
        Assert.Null(_recognizer.Recognize(NormalizedMessage.From(text)));

    [Fact]
    public void Strips_a_leading_greeting_before_search() =>
        Assert.Equal("can baclofen cause anxiety?", _recognizer.StripGreeting("Hi, can baclofen cause anxiety?"));
}
