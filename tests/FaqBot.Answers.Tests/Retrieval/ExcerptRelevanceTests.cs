using FaqBot.Answers.Composition;

namespace FaqBot.Answers.Tests.Retrieval;

/// <summary>Questions whose first excerpt once answered something else; each test names what went wrong.</summary>
public sealed class ExcerptRelevanceTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private Answer Ask(string text) => fixture.Engine.Answer(new UserQuestion(text, Guid.NewGuid().ToString("N"), null));

    [Theory]
    [InlineData("is baclofen addictive?")]
    [InlineData("can you get addicted to baclofen")]
    [InlineData("is lioresal addictive")]
    public void A_synonym_phrase_is_not_matched_by_a_word_that_merely_shares_its_stem(string question)
    {
        // "dependence" and "depending" share the stem "depend"; "depending on the individual" says nothing about addiction.
        var answer = Ask(question);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Contains("risk of dependence", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("depending on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Who should not take baclofen?")]
    [InlineData("who shouldn't use baclofen")]
    [InlineData("who shouldnt take baclofen")]
    public void A_question_about_who_should_avoid_the_drug_is_not_drawn_to_a_faq_heading_sharing_its_verb(string question)
    {
        // "How long does it take for baclofen to take effect?" shares only "take" with the question.
        var answer = Ask(question);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.DoesNotContain(answer.Excerpts, e => e.Section.StartsWith("How long does it take", StringComparison.Ordinal));
        Assert.Contains("should not be used by individuals", answer.Excerpts[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long does it take for baclofen to work?")]
    [InlineData("when does baclofen kick in")]
    public void A_question_the_faq_heading_answers_still_gets_it(string question)
    {
        var answer = Ask(question);

        Assert.Equal("How long does it take for baclofen to take effect?", answer.Excerpts[0].Section);
    }

    [Theory]
    [InlineData("What is baclofen used for?")]
    [InlineData("what is baclofen prescribed for")]
    public void A_what_is_it_used_for_question_leads_with_what_the_drug_is(string question)
    {
        // It once led with "Yes, baclofen has been found to be effective in managing anxiety disorders".
        var answer = Ask(question);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.StartsWith("Baclofen", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.Contains("muscle relaxant", answer.Excerpts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_common_misspelling_of_side_effects_finds_the_side_effects()
    {
        // "affects" is a real word of the articles ("how Baclofen affects you"), so typo tolerance cannot help.
        var answer = Ask("baclofen side affects");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.All(answer.Excerpts, e => Assert.Contains("side effects", e.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Text_speak_for_you_does_not_count_as_an_unknown_subject()
    {
        var typed = Ask("does baclofen make u tired");
        var spelled = Ask("does baclofen make you tired");

        Assert.Equal(AnswerKind.Answer, typed.Kind);
        Assert.Equal(spelled.Excerpts.Select(e => e.PassageId), typed.Excerpts.Select(e => e.PassageId));
    }

    [Fact]
    public void A_one_way_synonym_does_not_match_its_other_senses()
    {
        // "mix => interact" helps "can I mix baclofen with other meds?"; "interact" must not find "a mix of curiosity".
        var interact = Ask("does baclofen interact with alcohol");
        var mix = Ask("can I mix baclofen with other meds?");

        Assert.DoesNotContain(interact.Excerpts, e => e.Text.Contains("mix of", StringComparison.Ordinal));
        Assert.Contains(mix.Excerpts, e => e.Text.Contains("interact", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("How does baclofen work in the body?")]
    [InlineData("how does baclofen work")]
    public void How_it_works_is_answered_by_its_mechanism_of_action(string question)
    {
        // "in the body" once found "A growing body of research suggests ...".
        var answer = Ask(question);

        Assert.Contains("transmission of nerve", answer.Excerpts[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is baclofen safe?")]
    [InlineData("baclofen")]
    public void A_question_with_no_distinctive_words_is_not_padded_with_loosely_ranked_excerpts(string question)
    {
        // "is baclofen safe?" once carried "The onset of action of baclofen can vary ..." as its second excerpt.
        var answer = Ask(question);

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Single(answer.Excerpts);
        Assert.DoesNotContain(ReplyTexts.TellMeMore, answer.Suggestions);
    }

    [Fact]
    public void A_what_is_question_quotes_every_definition_it_finds()
    {
        var answer = Ask("What is baclofen?");

        Assert.Equal(3, answer.Excerpts.Count);
        Assert.All(answer.Excerpts, e => Assert.StartsWith("Baclofen is a", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_personal_dosing_question_quotes_what_the_articles_say_about_doses()
    {
        // It once quoted "In this section, we'll take a closer look at Baclofen ..." for this question.
        var answer = Ask("how much baclofen should I take for anxiety");

        Assert.Equal(AnswerKind.Dosing, answer.Kind);
        Assert.Contains("dose", answer.Excerpts[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_excerpt_from_a_list_starts_at_the_item_that_answers()
    {
        // It once started with the previous item's tail: "• Multiple sclerosis\n    • Spinal cord injuries ...".
        var answer = Ask("What is the usual dose of baclofen?");

        Assert.StartsWith("3. Dosage: The usual dose of Baclofen", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.All(answer.Excerpts[0].Highlights, h => Assert.InRange(h.Start + h.Length, 1, answer.Excerpts[0].Text.Length));
    }

    [Fact]
    public void An_excerpt_that_introduces_a_list_carries_its_items()
    {
        var answer = Ask("Does baclofen interact with other medications?");

        var interactions = Assert.Single(answer.Excerpts, e => e.Text.Contains("can interact with other medications, including:", StringComparison.Ordinal));
        Assert.StartsWith("6. Interactions", interactions.Text, StringComparison.Ordinal);
        Assert.Contains("Sedatives and tranquilizers", interactions.Text, StringComparison.Ordinal);
        Assert.InRange(interactions.Text.Length, 1, new AnswersOptions().ExcerptMaxLength);
    }

    [Theory]
    [InlineData("What conditions is baclofen mainly used to treat?")]
    [InlineData("what is baclofen mostly used for")]
    public void A_hedging_adverb_asks_for_the_primary_uses_rather_than_matching_its_other_senses(string question)
    {
        // "mainly" once matched "This is mainly due to its action on ... GABA" in a passage about anxiety.
        var answer = Ask(question);

        Assert.Contains("primar", answer.Excerpts[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("mainly due to", StringComparison.Ordinal));
    }

    [Fact]
    public void The_drug_name_spelled_as_it_sounds_is_understood()
    {
        var answer = Ask("baclophen and anxiety");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.All(answer.Excerpts, e => Assert.Contains("anxi", e.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_word_a_synonym_explains_is_not_read_as_a_typo_of_another_word()
    {
        // Typo tolerance once read "sleep" as "sleeve" and quoted "it's got a trick up its sleeve".
        var answer = Ask("does baclofen help with sleep");

        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("sleeve", StringComparison.Ordinal));
        Assert.All(answer.Excerpts, e => Assert.Contains("insomnia", e.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_phrase_the_synonyms_know_is_matched_as_a_phrase()
    {
        // "trouble sleeping" once also found "its potential to stir up trouble in the realm of nerves".
        var answer = Ask("can baclofen cause trouble sleeping?");

        Assert.NotEmpty(answer.Excerpts);
        Assert.DoesNotContain(answer.Excerpts, e => e.Text.Contains("stir up trouble", StringComparison.Ordinal));
    }

    [Fact]
    public void How_the_user_feels_is_about_the_symptom_not_the_word_feel()
    {
        // It once quoted "jotting down how you're feeling" three times over for this message.
        var answer = Ask("i feel dizzy after taking baclofen");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.All(answer.Excerpts, e => Assert.Contains("dizziness", e.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_lone_word_of_a_multi_word_synonym_is_not_emphasised()
    {
        // "stopping" expands to "come off"; "taper off Baclofen" once had "off" in bold.
        var answer = Ask("what happens if I stop baclofen suddenly?");

        var emphasised = answer.Excerpts.SelectMany(e => e.Highlights.Select(h => e.Text.Substring(h.Start, h.Length))).ToList();
        Assert.NotEmpty(emphasised);
        Assert.DoesNotContain("off", emphasised, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_word_that_ends_a_known_compound_in_the_passage_is_not_the_word_asked_about()
    {
        // "respiratory depression" is slowed breathing, not depression; 004 lists depression itself in item 8.
        var answer = Ask("can baclofen cause depression");

        Assert.NotEmpty(answer.Excerpts);
        Assert.All(answer.Excerpts, e => Assert.DoesNotContain("respiratory depression", e.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("insomnia, confusion, and depression", answer.Excerpts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_using_the_compound_still_finds_it()
    {
        var answer = Ask("Can baclofen cause respiratory depression?");

        Assert.StartsWith("6. Respiratory depression", answer.Excerpts[0].Text, StringComparison.Ordinal);
        Assert.Contains(answer.Excerpts, e => e.ArticleOrigin == "003_72201a5d9d0ae5c1.txt");
    }

    [Fact]
    public void A_list_item_is_quoted_with_the_line_that_introduces_its_list_and_never_twice()
    {
        // It once quoted "• Memory problems" alone, twice (the article lists it under warnings and under overdose).
        var answer = Ask("does baclofen affect memory");

        Assert.NotEmpty(answer.Excerpts);
        Assert.All(answer.Excerpts, e => Assert.False(e.Text.StartsWith('•'), e.Text));
        Assert.Equal(answer.Excerpts.Count, answer.Excerpts.Select(e => e.Text).Distinct().Count());
    }

    [Theory]
    [InlineData("can baclofen cause anxiety?")]
    [InlineData("does baclofen make you sleepy")]
    [InlineData("does baclofen affect memory")]
    [InlineData("What is the usual dose of baclofen?")]
    [InlineData("Does baclofen interact with other medications?")]
    public void An_excerpt_starts_and_ends_with_text_not_blank_space(string question)
    {
        var answer = Ask(question);

        Assert.NotEmpty(answer.Excerpts);
        Assert.All(answer.Excerpts, e => Assert.Equal(e.Text.Trim(), e.Text));
    }
}
