using System.Security.Cryptography;
using System.Text;
using FaqBot.Knowledge.Articles;

namespace FaqBot.Knowledge.Loading;

/// <summary>A short content hash naming a snapshot, so logs and explanations can say which index answered.</summary>
internal static class SnapshotVersion
{
    public static string Compute(IEnumerable<Article> articles, string synonymsText, KnowledgeOptions options, IEnumerable<string> stopWords)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? ""));
            hash.AppendData([0]);
        }

        Add(options.PassageTargetLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(options.FaqBoost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var word in stopWords.Order(StringComparer.Ordinal))
        {
            Add(word);
        }

        Add(synonymsText);
        foreach (var article in articles)
        {
            Add(article.Id);
            Add(article.Title);
            Add(article.Source);
            Add(article.Origin);
            Add(article.Url);
            Add(article.Author);
            Add(article.Published?.ToString("O"));
            Add(article.Reviewed?.ToString("O"));
            Add(article.Body);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
