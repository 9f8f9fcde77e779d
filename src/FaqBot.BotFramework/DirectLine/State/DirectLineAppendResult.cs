using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>What an append stored.</summary>
/// <param name="Activity">The stored activity with its id and timestamp (for a duplicate: the earlier one, or null once trimmed away).</param>
/// <param name="Id">The activity id clients see.</param>
/// <param name="Watermark">The watermark just after the activity.</param>
/// <param name="Duplicate">True when the client activity id had been appended before and nothing was added.</param>
public sealed record DirectLineAppendResult(Activity? Activity, string Id, long Watermark, bool Duplicate);
