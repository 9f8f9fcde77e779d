using FaqBot.Answers.Evaluation;

namespace FaqBot.Answers.Tests.Evaluation;

public sealed class QuestionSetLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-answers-").FullName;

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Loads_the_dev_set()
    {
        var set = QuestionSetLoader.Load(EngineFixture.DataFile("dev-questions.jsonl"));

        Assert.Equal(QuestionSetFormat.DevSet, set.Format);
        Assert.Equal(41, set.Questions.Count);
        Assert.Equal(26, set.Questions.Count(q => q.Kind == "answerable"));
        Assert.Equal("004_f654ca68cf559dd2.txt", set.Questions.Single(q => q.Id == "d016").ExpectSeeds[0]);
    }

    [Fact]
    public void Loads_the_medquad_format_with_article_ids_without_extension()
    {
        var path = Write(
            """{"id": "GARD-1", "question": "What is X ?", "article": "GARD/0001-x.md", "heading": "Section 2", "source": "GARD", "also_in": ["GHR/0002-x.md"]}""",
            "",
            """{"id": "GHR-2", "question": "Is Y inherited ?", "article": "GHR/0003-y.md", "heading": "Section 4"}""");

        var set = QuestionSetLoader.Load(path);

        Assert.Equal(QuestionSetFormat.MedQuad, set.Format);
        Assert.Equal(["GARD/0001-x", "GHR/0002-x"], set.Questions[0].ExpectArticles);
        Assert.Equal("Section 4", set.Questions[1].ExpectHeading);
    }

    [Theory]
    [InlineData("{not json", ":1: not valid JSON")]
    [InlineData("""{"id": "x", "kind": "banter", "question": "hi"}""", "unknown kind 'banter'")]
    [InlineData("""{"id": "x", "kind": "chitchat"}""", "field 'question' must be a string")]
    [InlineData("""{"id": "x", "question": "q"}""", "neither a 'kind'")]
    [InlineData("[1, 2]", "expected a JSON object")]
    public void Names_the_line_of_a_bad_question(string line, string message)
    {
        var path = Write(line);

        var error = Assert.Throws<AnswersException>(() => QuestionSetLoader.Load(path));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_missing_file() =>
        Assert.Contains("Cannot read question file", Assert.Throws<AnswersException>(() => QuestionSetLoader.Load(Path.Combine(_folder, "none.jsonl"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Rejects_an_empty_file() =>
        Assert.Contains("no questions", Assert.Throws<AnswersException>(() => QuestionSetLoader.Load(Write(""))).Message, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
