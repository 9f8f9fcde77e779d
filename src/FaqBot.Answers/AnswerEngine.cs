using FaqBot.Answers.Composition;
using FaqBot.Answers.Context;
using FaqBot.Answers.Intents;
using FaqBot.Answers.Retrieval;
using FaqBot.Answers.Safety;
using FaqBot.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers;

/// <summary>
/// FaqBot's question answering. The pipeline, in order: emergency triage (before any search), small
/// talk, "tell me more" and "none of these", personal dosing, follow-up interpretation, retrieval,
/// composition. Thread-safe: per-conversation state lives in the <see cref="IConversationContextStore"/>
/// and each question uses the knowledge snapshot current when it arrives.
/// </summary>
public sealed class AnswerEngine : IQuestionAnswerer
{
    private const int MaxQuestionLength = 2_000;

    private readonly KnowledgeBaseProvider _knowledge;
    private readonly AnswersOptions _options;
    private readonly SafetyOptions _safety;
    private readonly SearchSettings _searchSettings;
    private readonly bool _logText;
    private readonly IConversationContextStore _context;
    private readonly ILogger<AnswerEngine> _logger;
    private readonly EmergencyDetector _emergencies = new();
    private readonly ChitChatRecognizer _chitChat = new();
    private readonly DosingDetector _dosing = new();
    private readonly FollowUpInterpreter _followUps = new();
    private readonly PassageRetriever _retriever;
    private readonly ReplyComposer _composer;
    private KnowledgeSearch? _search;

    /// <summary>Creates the engine; reading the options here validates them (a bad value throws at start-up).</summary>
    public AnswerEngine(
        KnowledgeBaseProvider knowledge,
        IOptions<AnswersOptions> options,
        IOptions<SafetyOptions> safety,
        IOptions<SearchSettings> searchSettings,
        IOptions<MessageLoggingOptions> messageLogging,
        IConversationContextStore context,
        ILogger<AnswerEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _options = options.Value;
        _safety = safety.Value;
        _searchSettings = searchSettings.Value;
        _logText = messageLogging.Value.IncludeMessageText;
        _context = context;
        _logger = logger;
        _retriever = new PassageRetriever(_options);
        _composer = new ReplyComposer(_options);
    }

    /// <summary>The knowledge snapshot questions are answered from now.</summary>
    public KnowledgeBase Knowledge => _knowledge.Current;

    /// <inheritdoc />
    public Answer Welcome(string? locale) => ChitChatReplies.Welcome(Knowledge.Articles.Count, _options.Examples);

    /// <inheritdoc />
    public Answer Answer(UserQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        try
        {
            return AnswerCore(question);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One error boundary per question: the conversation goes on even if a snapshot misbehaves.
            _logger.LogError(e, "Answering failed in conversation {ConversationId}", question.ConversationId);
            return new Answer { Kind = AnswerKind.NoAnswer, Lead = [ReplyTexts.Failure], Disclaimer = _options.Disclaimer };
        }
    }

    /// <summary>
    /// FaqBot's ranking of passages for <paramref name="question"/> (no triage, no context), best first,
    /// for evaluation beyond the three excerpts of a reply.
    /// </summary>
    public IReadOnlyList<RankedPassage> Rank(string question, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _retriever.Retrieve(CurrentSearch(), Truncate(question), top).Ranked;
    }

    private Answer AnswerCore(UserQuestion question)
    {
        var search = CurrentSearch();
        // Triage reads the whole message, so a cry for help at the end of a long message is not cut off;
        // search reads a bounded prefix.
        var message = NormalizedMessage.From(question.Text);
        var text = Truncate(question.Text ?? "");
        var state = _context.Get(question.ConversationId);
        var notes = new List<string>();
        RetrievalResult? retrieval = null;
        Interpretation? interpretation = null;
        Answer answer;

        var finding = _emergencies.Detect(message);
        if (finding is { IsUrgent: true })
        {
            notes.Add($"triage: emergency ({finding.Category}, matched \"{finding.Trigger}\")");
            retrieval = finding.Category == EmergencyCategory.SelfHarm ? null : _retriever.Retrieve(search, text, _options.CandidatePassages);
            answer = _composer.Emergency(search, finding, _safety.ContactsFor(question.Locale), retrieval);
        }
        else if (message.Words.Count == 0)
        {
            answer = ChitChatReplies.For(ChitChatIntent.Help, search.Knowledge.Articles.Count, _options.Examples);
        }
        else if (_chitChat.Recognize(message) is { } intent)
        {
            notes.Add($"triage: chit-chat ({intent})");
            answer = ChitChatReplies.For(intent, search.Knowledge.Articles.Count, _options.Examples);
        }
        else if (_followUps.IsTellMeMore(message))
        {
            notes.Add("context: tell me more");
            if (state.LastQuery is null)
            {
                answer = new Answer { Kind = AnswerKind.ChitChat, Lead = [ReplyTexts.NothingToContinue], Suggestions = _options.Examples };
            }
            else
            {
                interpretation = new Interpretation(state.LastQuery, state.LastQuery);
                if (state.LastKind == AnswerKind.Dosing)
                {
                    // More of what the articles say about doses, still with the prescriber line.
                    retrieval = RetrieveForDosing(search, NormalizedMessage.From(state.LastQuery), state.LastQuery);
                    answer = _composer.More(search, retrieval, state.Shown, state.LastQuery);
                    answer = answer.Excerpts.Count == 0 ? answer : answer with { Kind = AnswerKind.Dosing, Lead = [.. answer.Lead, ReplyTexts.PrescriberLine] };
                }
                else
                {
                    retrieval = _retriever.Retrieve(search, state.LastQuery, _options.CandidatePassages);
                    answer = _composer.More(search, retrieval, state.Shown, state.LastQuery);
                }
            }
        }
        else if (state.LastKind == AnswerKind.LowConfidence && _followUps.IsNoneOfThese(message))
        {
            answer = new Answer { Kind = AnswerKind.NoAnswer, Lead = [ReplyTexts.NoneOfTheseReply], Disclaimer = _options.Disclaimer, Suggestions = _options.Examples };
        }
        else
        {
            var query = _chitChat.StripGreeting(text);
            interpretation = _followUps.Interpret(query, state.Topic, HasOwnTopic(search, query));
            if (_dosing.IsPersonalDosing(message))
            {
                notes.Add("triage: personal dosing");
                retrieval = RetrieveForDosing(search, message, interpretation.Query);
                answer = _composer.Dosing(search, retrieval, interpretation);
            }
            else
            {
                retrieval = _retriever.Retrieve(search, interpretation.Query, _options.CandidatePassages);
                var note = finding is null ? null : EmergencyGuidance.SafetyNote(_safety.ContactsFor(question.Locale));
                if (finding is not null)
                {
                    notes.Add($"triage: general question about an emergency topic ({finding.Category}), safety note added");
                }

                answer = _composer.Retrieved(search, retrieval, interpretation, note);
            }
        }

        _context.Set(question.ConversationId, NextState(state, answer, interpretation, retrieval));
        answer = answer with { Explanation = AnswerExplainer.Explain(search, interpretation?.Query ?? text, retrieval, notes, _options) };
        Log(question, answer, retrieval);
        return answer;
    }

    // The reply can only offer what the articles say about dosing, so a question that does not name
    // the dose ("how much should I take for anxiety?") is searched as if it did.
    private RetrievalResult RetrieveForDosing(KnowledgeSearch search, NormalizedMessage message, string query) =>
        _retriever.Retrieve(search, _dosing.NamesDoseMatter(message) ? query : query + " dose", _options.CandidatePassages, knownWordsOnly: true);

    private static ConversationState NextState(ConversationState state, Answer answer, Interpretation? interpretation, RetrievalResult? retrieval)
    {
        if (interpretation is null)
        {
            return state with { LastKind = answer.Kind };
        }

        var shownNow = answer.Excerpts.Select(e => e.PassageId);
        var sameQuery = string.Equals(interpretation.Query, state.LastQuery, StringComparison.Ordinal);
        var shown = new HashSet<string>(sameQuery ? state.Shown.Concat(shownNow) : shownNow, StringComparer.Ordinal);
        var topic = retrieval is { TopicWords.Count: > 0 } ? string.Join(' ', retrieval.TopicWords.Distinct()) : state.Topic;
        return new ConversationState(topic, interpretation.Query, shown, answer.Kind);
    }

    // A question names its own topic when it has a topic-wide word ("baclofen") or a word of some article title.
    private bool HasOwnTopic(KnowledgeSearch search, string query)
    {
        foreach (var token in search.Knowledge.Index.Analyzer.Analyze(query))
        {
            var word = query[token.StartOffset..token.EndOffset];
            if (!QuestionWords.Contains(word) && (search.TitleTerms.Contains(token.Term) || search.Ubiquity(token.Term) >= _options.UbiquityThreshold))
            {
                return true;
            }
        }

        return false;
    }

    private KnowledgeSearch CurrentSearch()
    {
        var knowledge = _knowledge.Current;
        var search = Volatile.Read(ref _search);
        if (search is null || !ReferenceEquals(search.Knowledge, knowledge))
        {
            // Built once per snapshot; two threads racing here build the same thing, and either result is fine.
            search = new KnowledgeSearch(knowledge, _searchSettings);
            Volatile.Write(ref _search, search);
        }

        return search;
    }

    private static string Truncate(string text) => text.Length <= MaxQuestionLength ? text : text[..MaxQuestionLength];

    private void Log(UserQuestion question, Answer answer, RetrievalResult? retrieval)
    {
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var explanation = answer.Explanation!;
        var hits = string.Join("; ", explanation.Hits.Take(3).Select(h => $"{h.PassageId} {h.Score:0.###} cov {h.Coverage:0.##}"));
        if (_logText)
        {
            _logger.LogDebug(
                "Answered {Kind} in conversation {ConversationId} (index {IndexVersion}): question {Question}, terms {Terms}, notes {Notes}, hits {Hits}",
                answer.Kind, question.ConversationId, explanation.IndexVersion, question.Text, explanation.AnalyzedTerms, explanation.Notes, hits);
        }
        else
        {
            _logger.LogDebug(
                "Answered {Kind} in conversation {ConversationId} (index {IndexVersion}): {TermCount} query terms, top coverage {Coverage:0.##}, hits {Hits}",
                answer.Kind, question.ConversationId, explanation.IndexVersion, retrieval?.Query.Terms.Count ?? 0, retrieval?.TopCoverage ?? 0, hits);
        }
    }
}
