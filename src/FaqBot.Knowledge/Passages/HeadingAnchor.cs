using System.Text;

namespace FaqBot.Knowledge.Passages;

/// <summary>
/// URL fragments for headings, computed the way GitHub (and Markdig's GitHub auto-identifiers) do, so a link
/// <c>/articles/{id}#{anchor}</c> lands on the heading of a page rendered from the same Markdown.
/// </summary>
public static class HeadingAnchor
{
    /// <summary>Lower-cases the heading, keeps letters, digits, '-' and '_', turns each space into '-', drops the rest.</summary>
    /// <example><c>"TL; DR: Baclofen Summary"</c> gives <c>"tl-dr-baclofen-summary"</c>.</example>
    public static string Create(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>Anchors for the headings of one document in order: a repeated heading gets "-1", "-2", ... as GitHub does.</summary>
    internal sealed class Sequence
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(string heading)
        {
            var anchor = Create(heading);
            if (_seen.TryGetValue(anchor, out var count))
            {
                _seen[anchor] = count + 1;
                return $"{anchor}-{count}";
            }

            _seen[anchor] = 1;
            return anchor;
        }
    }
}
