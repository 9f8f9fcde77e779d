using FaqBot.Knowledge.Articles;
using FaqBot.Search.Highlighting;

namespace FaqBot.Knowledge.Passages;

/// <summary>
/// Splits an article body into passages: sections at ATX headings (<c>#</c> to <c>######</c>), paragraphs at blank lines,
/// and paragraphs longer than the target length between list items (lines), then between sentences.
/// Every passage text is an exact substring of the body; nothing is rewritten.
/// </summary>
/// <param name="targetLength">Paragraphs up to this many characters stay whole; longer ones are cut into pieces of about this size.</param>
public sealed class PassageSplitter(int targetLength)
{
    /// <summary>Splits one article.</summary>
    public IReadOnlyList<Passage> Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        var passages = new List<Passage>();
        var anchors = new HeadingAnchor.Sequence();
        var section = (Heading: "", Anchor: "", IsFaq: false);
        var block = (Start: -1, End: -1);
        string? fence = null;

        (int Start, int End)? leadIn = null;

        void Add((int Start, int End) span) =>
            passages.Add(new Passage($"{article.Id}#{passages.Count}", article.Id, section.Heading, section.Anchor,
                body[span.Start..span.End], span.Start, passages.Count, section.IsFaq) { Title = article.Title });

        // Ends a paragraph. A paragraph ending in ':' ("Some of the health risks include:") is held back and joined to
        // the paragraph it introduces when both fit the target, so it never becomes an excerpt that says nothing.
        void Flush()
        {
            var chunks = block.Start >= 0 ? Chunk(body, block.Start, block.End) : [];
            block = (-1, -1);
            if (chunks.Count == 0)
            {
                return;
            }

            if (leadIn is { } pending)
            {
                if (chunks[0].End - pending.Start <= targetLength)
                {
                    chunks[0] = (pending.Start, chunks[0].End);
                }
                else
                {
                    Add(pending);
                }

                leadIn = null;
            }

            chunks[..^1].ForEach(Add);
            if (body[chunks[^1].End - 1] == ':')
            {
                leadIn = chunks[^1];
            }
            else
            {
                Add(chunks[^1]);
            }
        }

        void EndSection()
        {
            Flush();
            if (leadIn is { } pending)
            {
                Add(pending);
                leadIn = null;
            }
        }

        foreach (var (start, end) in MarkdownLines.Read(body))
        {
            var line = body.AsSpan(start, end - start);
            if (fence is not null)
            {
                // Code blocks are kept whole as text: a '#' or a blank line inside one splits nothing.
                fence = MarkdownLines.ClosesFence(line, fence) ? null : fence;
                block = (block.Start < 0 ? start : block.Start, end);
                continue;
            }

            if (MarkdownLines.IsFence(line, out var opened))
            {
                fence = opened;
                block = (block.Start < 0 ? start : block.Start, end);
                continue;
            }

            if (line.IsWhiteSpace())
            {
                Flush();
            }
            else if (MarkdownLines.TryReadHeading(line, out var heading))
            {
                EndSection();
                section = (heading, anchors.Next(heading), FaqHeading.IsQuestion(heading));
            }
            else if (block.Start < 0 && MarkdownLines.IsThematicBreak(line))
            {
                EndSection();
                section = ("", "", false);
            }
            else
            {
                block = (block.Start < 0 ? start : block.Start, end);
            }
        }

        EndSection();
        return passages;
    }

    /// <summary>Cuts one paragraph [start, end) into trimmed spans of about the target length.</summary>
    private List<(int Start, int End)> Chunk(string body, int start, int end)
    {
        var pieces = new List<(int Start, int End)>();
        foreach (var unit in MarkdownLines.Items(body, start, end))
        {
            if (unit.End - unit.Start <= targetLength)
            {
                var piece = Trim(body, unit);
                if (piece.End > piece.Start)
                {
                    pieces.Add(piece);
                }
            }
            else
            {
                pieces.AddRange(SentenceSplitter.Split(body, unit.Start, unit.End));
            }
        }

        var chunks = new List<(int Start, int End)>();
        foreach (var piece in pieces)
        {
            if (chunks.Count > 0 && piece.End - chunks[^1].Start <= targetLength)
            {
                chunks[^1] = (chunks[^1].Start, piece.End);
            }
            else
            {
                chunks.Add(piece);
            }
        }

        return chunks;
    }

    private static (int Start, int End) Trim(string body, (int Start, int End) span)
    {
        var (start, end) = span;
        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
