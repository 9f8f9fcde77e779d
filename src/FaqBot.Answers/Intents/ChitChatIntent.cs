namespace FaqBot.Answers.Intents;

/// <summary>Small-talk messages FaqBot answers with a fixed reply.</summary>
public enum ChitChatIntent
{
    Greeting,
    Thanks,
    Goodbye,
    Help,
    Identity,
    HowAreYou,
    SmallTalk,
}
