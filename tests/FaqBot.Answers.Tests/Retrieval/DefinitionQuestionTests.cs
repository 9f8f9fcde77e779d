using FaqBot.Answers.Retrieval;

namespace FaqBot.Answers.Tests.Retrieval;

public sealed class DefinitionQuestionTests
{
    [Theory]
    [InlineData("What is baclofen?", "baclofen")]
    [InlineData("what's spasticity", "spasticity")]
    [InlineData("What is (are) Osteomesopyknosis ?", "Osteomesopyknosis")]
    [InlineData("Do you have information about Metabolic Panel", "Metabolic Panel")]
    [InlineData("define a muscle relaxant", "muscle relaxant")]
    [InlineData("What is baclofen used for?", "baclofen")]
    [InlineData("what is baclofen prescribed for", "baclofen")]
    public void Finds_the_subject_of_a_what_is_question(string question, string subject) =>
        Assert.Equal(subject, DefinitionQuestion.Subject(question));

    [Theory]
    [InlineData("What is the usual dose of baclofen and when should I take it, considering everything I have read about it so far in these articles?")]
    [InlineData("Can baclofen cause anxiety?")]
    public void Ignores_other_questions(string question) => Assert.Null(DefinitionQuestion.Subject(question));

    [Theory]
    [InlineData("Baclofen is a muscle relaxant and antispasmodic agent.", "baclofen", true)]
    [InlineData("Spasticity, a condition characterized by stiff muscles, is common.", "spasticity", true)]
    [InlineData("Baclofen (Lioresal) is a medicine.", "baclofen", true)]
    [InlineData("Take baclofen only as prescribed.", "baclofen", false)]
    [InlineData("1. Muscle spasm relief: Baclofen is effective in reducing muscle spasms.", "baclofen", false)]
    [InlineData("Many people ask about it.", "baclofen", false)]
    [InlineData("In this section, we'll take a closer look at Baclofen, a medication that has been prescribed for various conditions.", "baclofen", false)]
    [InlineData("Doctors agree that baclofen is a relaxant.", "baclofen", false)]
    [InlineData("The thyroid is a gland in the neck.", "thyroid", true)]
    [InlineData("Summary. Baclofen is a muscle relaxant.", "baclofen", true)]
    public void Recognises_a_passage_that_defines_the_subject(string text, string subject, bool expected) =>
        Assert.Equal(expected, DefinitionQuestion.Defines(text, subject));
}
