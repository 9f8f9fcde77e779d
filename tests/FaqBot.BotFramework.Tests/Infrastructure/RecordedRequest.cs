using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Tests.Infrastructure;

/// <summary>One request the bot made to the fake channel.</summary>
public sealed record RecordedRequest(string Method, string RawPath, string? Authorization, string Body, Activity? Activity);
