namespace FaqBot.Knowledge.Indexing;

/// <summary>The field names of the passage index documents (keys of <c>SearchOptions.FieldBoosts</c>).</summary>
public static class KnowledgeFields
{
    /// <summary>The article title, repeated on every passage of the article.</summary>
    public const string Title = "title";

    /// <summary>The section heading; absent for passages without one.</summary>
    public const string Heading = "heading";

    /// <summary>The passage text.</summary>
    public const string Text = "text";

    /// <summary>The question of a FAQ pair (the heading again), present only on FAQ passages so that a boost on this
    /// field ranks answers to questions phrased like the user's first.</summary>
    public const string Faq = "faq";
}
