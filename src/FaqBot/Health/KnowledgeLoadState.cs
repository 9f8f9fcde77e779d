namespace FaqBot.Health;

/// <summary>Whether the first knowledge base has been loaded; readiness waits for it.</summary>
internal sealed class KnowledgeLoadState
{
    private volatile bool loaded;

    public bool IsLoaded => loaded;

    public void MarkLoaded() => loaded = true;
}
