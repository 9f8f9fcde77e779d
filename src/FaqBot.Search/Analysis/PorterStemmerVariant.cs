namespace FaqBot.Search.Analysis;

/// <summary>Which edition of the Porter (1980) algorithm a <see cref="PorterStemmer"/> follows.</summary>
public enum PorterStemmerVariant
{
    /// <summary>
    /// The algorithm as published, which the Snowball project's reference vocabulary (voc.txt → output.txt) follows.
    /// </summary>
    Original,

    /// <summary>
    /// Martin Porter's own reference implementation, which Lucene's PorterStemFilter uses: words of one or two
    /// letters are left alone, step 2 maps "-bli" to "-ble" (not only "-abli" to "-able") and "-logi" to "-log".
    /// 67 of the 42,603 vocabulary words stem differently ("possibly" → "possibl", "psychology" → "psycholog").
    /// </summary>
    Lucene,
}
