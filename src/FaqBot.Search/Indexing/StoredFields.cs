using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Search.Indexing;

/// <summary>
/// Stored field values as UTF-8 in one byte array. Keeping the text as UTF-16 strings would double its
/// size for English; documents are decoded only when a caller asks for one (a hit to show).
/// </summary>
internal sealed class StoredFields
{
    private readonly string[] fieldNames;
    private readonly string[] ids;
    private readonly byte[] data;
    private readonly int[] starts;
    private readonly bool[] present;

    public StoredFields(IReadOnlyList<SearchDocument> documents, string[] fieldNames)
    {
        this.fieldNames = fieldNames;
        int slots = documents.Count * fieldNames.Length;
        ids = new string[documents.Count];
        starts = new int[slots + 1];
        present = new bool[slots];
        long total = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            ids[d] = documents[d].Id;
            foreach (string value in documents[d].Fields.Values)
            {
                total += Encoding.UTF8.GetByteCount(value);
            }
        }

        data = new byte[total];
        int offset = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            for (int f = 0; f < fieldNames.Length; f++)
            {
                int slot = (d * fieldNames.Length) + f;
                starts[slot] = offset;
                if (documents[d].Fields.TryGetValue(fieldNames[f], out string? value))
                {
                    present[slot] = true;
                    offset += Encoding.UTF8.GetBytes(value, 0, value.Length, data, offset);
                }
            }
        }

        starts[slots] = offset;
    }

    /// <summary>
    /// A hash of ids, field names, value boundaries and values: equal content gives an equal hash, and
    /// moving text from one field to the next changes it.
    /// </summary>
    public string ContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string name in fieldNames)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
        }

        foreach (string id in ids)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id + "\0"));
        }

        hash.AppendData(MemoryMarshal.AsBytes(starts.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(present.AsSpan()));
        hash.AppendData(data);
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }

    public string Id(int docId) => ids[docId];

    public SearchDocument Document(int docId)
    {
        var fields = new Dictionary<string, string>(fieldNames.Length, StringComparer.Ordinal);
        for (int f = 0; f < fieldNames.Length; f++)
        {
            int slot = (docId * fieldNames.Length) + f;
            if (present[slot])
            {
                fields[fieldNames[f]] = Encoding.UTF8.GetString(data, starts[slot], starts[slot + 1] - starts[slot]);
            }
        }

        return new SearchDocument(ids[docId], fields);
    }

    public long EstimatedBytes()
    {
        long bytes = data.Length + (starts.Length * 4L) + present.Length + (ids.Length * 8L);
        foreach (string id in ids)
        {
            bytes += 24 + (id.Length * 2L);
        }

        return bytes;
    }
}
