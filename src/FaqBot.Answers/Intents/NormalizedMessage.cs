using System.Globalization;
using System.Text;

namespace FaqBot.Answers.Intents;

/// <summary>
/// A user message reduced to lower-case ASCII-ish words for intent patterns: apostrophes removed
/// ("can't" and "cant" read alike), punctuation turned into spaces, digits split from letters
/// ("20mg" becomes "20 mg") and whitespace collapsed. Search uses the original text; this form
/// exists only so hand-written patterns stay simple and robust to how people type.
/// </summary>
public sealed class NormalizedMessage
{
    private NormalizedMessage(string original, string text)
    {
        Original = original;
        Text = text;
        Words = text.Length == 0 ? [] : text.Split(' ');
    }

    /// <summary>The message as typed.</summary>
    public string Original { get; }

    /// <summary>Normalized words joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>The normalized words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Normalizes <paramref name="message"/>; never throws.</summary>
    public static NormalizedMessage From(string? message)
    {
        var original = message ?? "";
        var builder = new StringBuilder(original.Length);
        var previous = ' ';
        foreach (var raw in original.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || IsApostrophe(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                // "20mg" -> "20 mg": dose patterns then see the number and the unit as words.
                if (previous != ' ' && char.IsDigit(previous) != char.IsDigit(c))
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                previous = c;
            }
            else if (previous != ' ')
            {
                builder.Append(' ');
                previous = ' ';
            }
        }

        return new NormalizedMessage(original, builder.ToString().Trim());
    }

    /// <summary>Returns a copy whose words have been replaced by <paramref name="map"/> (e.g. typo fixes).</summary>
    public NormalizedMessage MapWords(Func<string, string> map) =>
        new(Original, string.Join(' ', Words.Select(map)));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC';
}
