namespace FaqBot.Search.Scoring;

/// <summary>
/// Lucene 4.x one-byte field-length norms: <c>1/sqrt(length)</c> squeezed into a "3.15" small float
/// (3 mantissa bits, exponent bias 15), exactly as Lucene's SmallFloat does. The loss is deliberate:
/// matching Lucene's rankings means scoring with the same coarse lengths (2 tokens score as 2.56).
/// </summary>
internal static class LengthNorm
{
    private const int MantissaShift = 24 - 3;
    private const int ZeroExponent = (63 - 15) << 3;

    /// <summary>Decoded lengths (<c>1/f²</c>) for all 256 byte values, as Lucene's BM25 norm table.</summary>
    private static readonly float[] DecodedLengths = BuildDecodeTable();

    /// <summary>Encodes a field length (tokens, stop words excluded) to its norm byte.</summary>
    public static byte Encode(int length) => FloatToByte315(1f / (float)Math.Sqrt(length));

    /// <summary>The field length Lucene's BM25 scores a norm byte as.</summary>
    public static float DecodeLength(byte norm) => DecodedLengths[norm];

    internal static byte FloatToByte315(float value)
    {
        int bits = BitConverter.SingleToInt32Bits(value);
        int small = bits >> MantissaShift;
        if (small <= ZeroExponent)
        {
            return bits <= 0 ? (byte)0 : (byte)1;
        }

        if (small >= ZeroExponent + 0x100)
        {
            return 255;
        }

        return (byte)(small - ZeroExponent);
    }

    internal static float Byte315ToFloat(byte value)
    {
        if (value == 0)
        {
            return 0f;
        }

        int bits = value << MantissaShift;
        bits += (63 - 15) << 24;
        return BitConverter.Int32BitsToSingle(bits);
    }

    private static float[] BuildDecodeTable()
    {
        var table = new float[256];
        for (int i = 1; i < 256; i++)
        {
            float f = Byte315ToFloat((byte)i);
            table[i] = 1f / (f * f);
        }

        // Byte 0 would decode to infinity; Lucene maps it to the reciprocal of the largest entry instead.
        table[0] = 1f / table[255];
        return table;
    }
}
