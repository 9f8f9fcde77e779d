namespace FaqBot.BotFramework.Schema;

/// <summary>Activity <c>deliveryMode</c> values; unknown values mean <see cref="Normal"/> (A3111).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
