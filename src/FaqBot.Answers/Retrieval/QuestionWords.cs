namespace FaqBot.Answers.Retrieval;

/// <summary>
/// Words that give a question its shape rather than its subject ("what", "can", "I", "tell me about").
/// Lucene's stop set keeps most of them, so BM25 still scores them; coverage ignores them, otherwise
/// "can baclofen cure cancer?" would look half-answered by any passage containing "can".
/// Hedging adverbs ("mainly", "usually") only soften a question; as content they would match "this is
/// mainly due to …". The list also holds answer-shape words ("different", "kinds", "habits", "better", "make") that say
/// what sort of answer is wanted rather than what it is about, and "take", which nearly every
/// question about a medicine carries ("can I take", "who should not take"), "give" ("my doctor
/// gave me baclofen") and "feel" ("I feel dizzy": the subject is the dizziness). ("Use" stays: "what is
/// it used for?" asks for its uses.)
/// </summary>
public static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "whats", "what's", "which", "who", "whom", "whose", "when", "where", "why", "how", "hows", "how's",
        "can", "cant", "can't", "could", "do", "does", "did", "done", "doing", "is", "are", "am", "was", "were", "be",
        "been", "being", "should", "would", "will", "may", "might", "must", "shall", "i", "im", "i'm", "me", "my",
        "mine", "we", "us", "our", "you", "your", "u", "ur", "r", "ya", "he", "she", "him", "her", "his", "they", "them", "their", "it",
        "its", "it's", "about", "tell", "know", "anything", "something", "please", "there", "any", "some", "get",
        "got", "have", "has", "had", "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from",
        "and", "or", "if", "so", "also", "really", "actually", "much", "many", "too", "very", "thing", "things", "someone",
        "somebody", "people", "person", "explain", "want", "need", "like", "okay", "ok", "hi", "hello", "hey", "go", "goes", "going", "along", "together", "alongside", "else",
        "make", "makes", "making", "made", "different", "various", "kind", "kinds", "sort", "sorts", "type",
        "way", "ways", "tips", "advice", "habits", "habit", "general", "better", "best", "good", "bad", "worse",
        "worst", "important", "info", "information", "details", "happen", "happens", "safe", "safely",
        "after", "ago", "now", "today", "yesterday", "since", "just", "still", "ever", "currently",
        "mainly", "mostly", "usually", "typically", "generally", "commonly", "normally", "often",
        "feel", "feels", "feeling", "felt", "take", "takes", "taking", "took", "taken", "give", "gives", "gave", "given", "giving",
    };

    /// <summary>True when <paramref name="word"/> (as typed) only shapes the question.</summary>
    public static bool Contains(string word) => Words.Contains(word.Trim('\'', '\u2019'));
}
