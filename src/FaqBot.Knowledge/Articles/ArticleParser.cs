using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace FaqBot.Knowledge.Articles;

/// <summary>Turns the bytes of one article file into an <see cref="Article"/>, or says which line is wrong.</summary>
internal static class ArticleParser
{
    /// <summary>Parses one file. Throws <see cref="ArticleFormatException"/> when it cannot be used.</summary>
    /// <param name="id">The article id (relative path without extension).</param>
    /// <param name="relativePath">The relative path with extension, the default origin.</param>
    /// <param name="filePath">Full path, kept on the article.</param>
    /// <param name="bytes">The file content.</param>
    public static Article Parse(string id, string relativePath, string filePath, ReadOnlySpan<byte> bytes)
    {
        var text = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleFormatException(1, "the file is empty");
        }

        var frontMatter = FrontMatterParser.Parse(text);
        var body = text[frontMatter.BodyStart..];
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleFormatException(frontMatter.BodyLine, "no article text after the front matter");
        }

        var values = frontMatter.Values;
        return new Article(
            Id: id,
            Title: Required(values, "title", frontMatter.ClosingLine),
            Source: Required(values, "source", frontMatter.ClosingLine),
            Origin: Optional(values, "origin") ?? relativePath,
            Url: Url(values),
            Published: Date(values, "published"),
            Author: Optional(values, "author"),
            Reviewed: Date(values, "reviewed"),
            Body: body,
            FilePath: filePath);
    }

    /// <summary>Strict UTF-8 (a BOM is allowed); the error names the line of the first invalid byte.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                throw new ArticleFormatException(line, $"the file is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); save it as UTF-8");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Required(IReadOnlyDictionary<string, (string Value, int Line)> values, string key, int closingLine)
    {
        if (!values.TryGetValue(key, out var entry))
        {
            throw new ArticleFormatException(closingLine, $"front matter has no '{key}': add a '{key}: ...' line before the closing '---'");
        }

        var value = entry.Value.Trim();
        return value.Length > 0 ? value : throw new ArticleFormatException(entry.Line, $"front matter '{key}' is empty");
    }

    private static string? Optional(IReadOnlyDictionary<string, (string Value, int Line)> values, string key) =>
        values.TryGetValue(key, out var entry) && entry.Value.Trim() is { Length: > 0 } value ? value : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, (string Value, int Line)> values, string key)
    {
        var text = Optional(values, key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArticleFormatException(values[key].Line, $"front matter '{key}: {text}' is not a date in the form 2023-04-27");
    }

    private static string? Url(IReadOnlyDictionary<string, (string Value, int Line)> values)
    {
        var text = Optional(values, "url");
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : throw new ArticleFormatException(values["url"].Line, $"front matter 'url: {text}' is not an absolute http(s) address");
    }
}
