using System.Text.Json;
using FaqBot.Answers.Composition;
using FaqBot.Rendering;

namespace FaqBot.Tests.Rendering;

public sealed class AnswerJsonWriterTests
{
    [Theory]
    [InlineData(AnswerKind.Answer, "answer")]
    [InlineData(AnswerKind.LowConfidence, "low_confidence")]
    [InlineData(AnswerKind.NoAnswer, "no_answer")]
    [InlineData(AnswerKind.Emergency, "emergency")]
    [InlineData(AnswerKind.Dosing, "dosing")]
    [InlineData(AnswerKind.ChitChat, "chitchat")]
    public void Names_every_kind_in_snake_case(AnswerKind kind, string expected)
    {
        using var json = JsonDocument.Parse(AnswerJsonWriter.ToJson(new Answer { Kind = kind }, includeExplanation: false));

        Assert.Equal(expected, json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Writes_excerpts_with_their_article_and_a_null_disclaimer_when_there_is_none()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.Answer,
            Excerpts =
            [
                new Excerpt
                {
                    Text = "It’s a muscle relaxant.",
                    ArticleId = "GARD/0001",
                    ArticleTitle = "Title",
                    ArticleOrigin = "000_x.txt",
                    Section = "Uses",
                    Link = "/articles/GARD/0001#uses",
                    Score = 1.23456,
                },
            ],
        };

        var text = AnswerJsonWriter.ToJson(answer, includeExplanation: false);
        using var json = JsonDocument.Parse(text);

        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("disclaimer").ValueKind);
        var excerpt = root.GetProperty("excerpts")[0];
        Assert.Equal("It’s a muscle relaxant.", excerpt.GetProperty("text").GetString());
        Assert.Equal("GARD/0001", excerpt.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("000_x.txt", excerpt.GetProperty("article").GetProperty("origin").GetString());
        Assert.Equal("Uses", excerpt.GetProperty("section").GetString());
        Assert.Equal("/articles/GARD/0001#uses", excerpt.GetProperty("link").GetString());
        Assert.Equal(1.2346, excerpt.GetProperty("score").GetDouble());
        Assert.Contains("It’s a muscle relaxant.", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("It’s", text, StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("explanation", out _));
    }

    [Fact]
    public void Includes_the_explanation_when_asked()
    {
        var answer = new Answer
        {
            Kind = AnswerKind.NoAnswer,
            Explanation = new AnswerExplanation
            {
                IndexVersion = "abc123",
                Query = "cure cancer",
                AnalyzedTerms = ["cure", "cancer"],
                Hits = [new ExplainedHit("a#0", 2.5, ["cancer in text"])],
            },
        };

        using var json = JsonDocument.Parse(AnswerJsonWriter.ToJson(answer, includeExplanation: true));

        var explanation = json.RootElement.GetProperty("explanation");
        Assert.Equal("abc123", explanation.GetProperty("index_version").GetString());
        Assert.Equal("a#0", explanation.GetProperty("hits")[0].GetProperty("passage_id").GetString());
    }
}
