using FaqBot.Answers.Composition;
using FaqBot.Answers.Evaluation;
using FaqBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Answers.Tests;

/// <summary>The engine over a small knowledge folder of its own: reloads and the MedQuAD evaluation path.</summary>
public sealed class KnowledgeReloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-answers-kb-").FullName;

    private void WriteArticle(string relativePath, string title, string body)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: {title}\nsource: Test\n---\n\n{body}\n");
    }

    private KnowledgeBaseProvider Provider() => new(
        Options.Create(new KnowledgeOptions { Path = _folder, Watch = false }), NullLogger<KnowledgeBaseProvider>.Instance);

    [Fact]
    public async Task Answers_from_the_new_snapshot_after_a_reload()
    {
        WriteArticle("tea.md", "Green tea", "## Does green tea contain caffeine?\n\nGreen tea contains a moderate amount of caffeine.");
        WriteArticle("bread.md", "Sourdough", "## How is sourdough made?\n\nSourdough rises with a starter of wild yeast.");
        using var provider = Provider();
        var engine = EngineFixture.CreateEngine(provider);
        Assert.Empty(engine.Answer(new UserQuestion("does green tea help sleep?", "c")).Excerpts);

        WriteArticle("tea.md", "Green tea", "## Does green tea help sleep?\n\nGreen tea may help some people sleep because of theanine.");
        Assert.True(await provider.ReloadAsync());

        var answer = engine.Answer(new UserQuestion("does green tea help sleep?", "c"));
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains("theanine", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.Equal(provider.Current.Version, answer.Explanation!.IndexVersion);
    }

    [Fact]
    public void Evaluates_a_medquad_question_set_by_article_and_section()
    {
        WriteArticle("GARD/0001-tea.md", "Green tea", "## Section 1\n\nGreen tea is a drink made from leaves.\n\n## Section 2\n\nGreen tea contains caffeine and theanine.");
        WriteArticle("GARD/0002-bread.md", "Sourdough", "## Section 1\n\nSourdough rises with a starter of wild yeast.");
        var questions = Path.Combine(_folder, "questions.jsonl");
        File.WriteAllLines(questions,
        [
            """{"id": "q1", "question": "Does green tea contain caffeine ?", "article": "GARD/0001-tea.md", "heading": "Section 2"}""",
            """{"id": "q2", "question": "How does sourdough rise ?", "article": "GARD/0002-bread.md", "heading": "Section 1"}""",
            """{"id": "q3", "question": "What is green tea made from ?", "article": "GARD/0002-bread.md", "heading": "Section 1"}""",
        ]);
        using var provider = Provider();

        var report = new Evaluator(EngineFixture.CreateEngine(provider)).Evaluate(QuestionSetLoader.Load(questions));

        Assert.Equal(QuestionSetFormat.MedQuad, report.Format);
        Assert.Equal(2 / 3.0, report.Articles.RecallAt1, 6);
        Assert.Equal(2 / 3.0, report.Sections!.RecallAt1, 6);
        Assert.Equal("q3", Assert.Single(report.Failures).Id);
        Assert.Contains("Recall@10", EvaluationReportFormatter.Format(report), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
