using System.Text;
using FaqBot.Search.Analysis;

namespace FaqBot.Knowledge.Loading;

/// <summary>
/// Reads the synonyms file forgivingly: a malformed line is reported and skipped, and the other entries still apply,
/// because one typo in synonyms.txt should not take every synonym (or the bot) down.
/// </summary>
internal static class SynonymsFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The synonyms in <paramref name="path"/>; <see cref="SynonymMap.Empty"/> when the file does not exist.</summary>
    /// <param name="path">Full path of the file.</param>
    /// <param name="displayName">The name problems are reported under.</param>
    /// <param name="analyzer">The analyzer questions go through.</param>
    /// <param name="problems">Receives one problem per skipped line.</param>
    /// <param name="text">The text that was parsed (bad lines blanked), for the snapshot version.</param>
    public static SynonymMap Read(string path, string displayName, Analyzer analyzer, List<LoadProblem> problems, out string text)
    {
        text = "";
        if (!File.Exists(path))
        {
            return SynonymMap.Empty;
        }

        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problems.Add(new LoadProblem(displayName, 1, $"cannot read the synonyms file ({e.Message}); no synonyms are used"));
            return SynonymMap.Empty;
        }

        var lines = text.Split('\n');
        while (true)
        {
            try
            {
                text = string.Join('\n', lines);
                return SynonymMap.Parse(text, analyzer);
            }
            catch (SynonymFormatException e) when (e.LineNumber >= 1 && e.LineNumber <= lines.Length && lines[e.LineNumber - 1].Trim().Length > 0)
            {
                problems.Add(new LoadProblem(displayName, e.LineNumber, $"{e.Message} (line skipped, the other synonyms still apply)"));
                lines[e.LineNumber - 1] = "";
            }
            catch (SynonymFormatException e)
            {
                problems.Add(new LoadProblem(displayName, Math.Max(e.LineNumber, 1), $"{e.Message} (no synonyms are used)"));
                text = "";
                return SynonymMap.Empty;
            }
        }
    }
}
