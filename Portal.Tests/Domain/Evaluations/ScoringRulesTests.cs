using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using static Portal.Tests.Domain.Evaluations.EvaluationBuilder;

namespace Portal.Tests.Domain.Evaluations;

public class ScoringRulesTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(10)]
    public void A_score_outside_0_to_5_is_refused_and_nothing_is_recorded(int score)
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", score, "Strong placements plan.", b.At(4)));

        Assert.Contains("from 0 to 5", refusal.Message);
        Assert.Empty(b.Evaluation.Scores);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void The_ends_of_the_scale_are_scores(int score)
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);

        b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", score, "Reasoned.", b.At(4));

        Assert.Equal(score, Assert.Single(b.Evaluation.Scores).Score);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_score_without_a_justification_is_refused(string? justification)
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 3, justification, b.At(4)));

        Assert.Equal("Write a justification for your score.", refusal.Message);
        Assert.Empty(b.Evaluation.Scores);
    }

    [Fact]
    public void Scoring_before_declaring_for_every_bidder_is_refused()
    {
        var b = new EvaluationBuilder().WithPanel();

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 3, "Good.", b.At(4)));

        Assert.Contains("Declare any conflict of interest for every bidder", refusal.Message);
    }

    [Fact]
    public void A_first_declaration_must_cover_every_bidder()
    {
        var b = new EvaluationBuilder().WithPanel();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            b.Evaluation.Declare(Leon, [new DeclarationInput(b.Pathways.SupplierId, false, null)], b.At(2)));

        Assert.Contains("Second Chance Skills Trust", refusal.Message);
        Assert.Contains("Midlands Employment Partnership Ltd", refusal.Message);
        Assert.False(b.Evaluation.MaySee(Leon.UserId, b.Pathways.SupplierId));
    }

    [Fact]
    public void A_conflict_needs_its_details()
    {
        var b = new EvaluationBuilder().WithPanel();

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Declare(Leon,
            b.Bids.Select(bid => new DeclarationInput(bid.SupplierId, bid == b.Midlands, "")).ToList(), b.At(2)));

        Assert.Equal("Describe your conflict of interest with Midlands Employment Partnership Ltd.", refusal.Message);
        Assert.Empty(b.Evaluation.Declarations);
    }

    [Fact]
    public void An_evaluator_who_declared_a_conflict_never_sees_that_bid_nor_scores_it()
    {
        var b = new EvaluationBuilder().WithPanel();
        b.Declared(Leon, conflictedWith: b.Midlands);

        Assert.True(b.Evaluation.MaySee(Leon.UserId, b.Pathways.SupplierId));
        Assert.False(b.Evaluation.MaySee(Leon.UserId, b.Midlands.SupplierId));
        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Leon, b.Midlands.ResponseId, "Q1", 3, "Good.", b.At(4)));
        Assert.Contains("declared a conflict of interest with Midlands Employment Partnership Ltd", refusal.Message);
        Assert.DoesNotContain(b.Evaluation.WorkOf(b.Evaluation.AssignmentOf(Leon.UserId)!), w => w.Bid == b.Midlands);
    }

    [Fact]
    public void A_declared_conflict_cannot_be_withdrawn_and_the_declarations_are_kept()
    {
        var b = new EvaluationBuilder().WithPanel();
        b.Declared(Leon, conflictedWith: b.Midlands);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            b.Evaluation.Declare(Leon, [new DeclarationInput(b.Midlands.SupplierId, false, null)], b.At(9)));

        Assert.Contains("a declared conflict stands", refusal.Message);
        Assert.Equal(3, b.Evaluation.Declarations.Count);
        Assert.All(b.Evaluation.Declarations, d => Assert.Equal(b.At(2), d.DeclaredAt));
    }

    [Fact]
    public void A_conflict_found_later_is_added_to_the_record_beside_the_first_declaration()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);

        b.Evaluation.Declare(Leon, [new DeclarationInput(b.Pathways.SupplierId, true, "I was offered a job there yesterday.")], b.At(8));

        Assert.Equal(4, b.Evaluation.Declarations.Count);
        Assert.False(b.Evaluation.MaySee(Leon.UserId, b.Pathways.SupplierId));
    }

    [Fact]
    public void An_unassigned_criterion_cannot_be_scored()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Sofia);

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Sofia, b.Pathways.ResponseId, "Q1", 3, "Good.", b.At(4)));

        Assert.Equal("Q1 is not one of the criteria assigned to you.", refusal.Message);
    }

    [Fact]
    public void Someone_not_on_the_panel_cannot_declare_or_score()
    {
        var b = new EvaluationBuilder().WithPanel();
        var stranger = TestActors.Evaluator;

        Assert.Throws<DomainRuleException>(() => b.Evaluation.Declare(stranger,
            b.Bids.Select(bid => new DeclarationInput(bid.SupplierId, false, null)).ToList(), b.At(2)));
        Assert.Equal("You are not on this tender's evaluation panel.", b.Evaluation.WhyNotVisible(stranger.UserId, b.Pathways.SupplierId));
    }

    [Fact]
    public void Scoring_after_moderation_opened_is_refused_and_the_score_is_kept()
    {
        var b = new EvaluationBuilder().ReadyToModerate();

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 1, "Changed my mind.", b.At(9)));

        Assert.Contains("Moderation opened", refusal.Message);
        Assert.Equal(4, b.Evaluation.Scores.Single(s => s.EvaluatorId == Leon.UserId && s.ResponseId == b.Pathways.ResponseId && s.CriterionKey == "Q1").Score);
    }

    [Fact]
    public void Its_author_may_change_a_score_before_moderation()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);
        b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 3, "Adequate.", b.At(4));

        b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 4, "On reflection, well evidenced.", b.At(6));

        var score = Assert.Single(b.Evaluation.Scores);
        Assert.Equal((4, "On reflection, well evidenced.", b.At(4), b.At(6)), (score.Score, score.Justification, score.FirstScoredAt, score.ScoredAt));
    }

    [Fact]
    public void Scores_are_blind_between_evaluators_until_moderation_opens()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon).Declared(Sofia).AllPass().ScoredEverything(Leon, 4).ScoredEverything(Sofia, 2);

        Assert.All(b.Evaluation.ScoresVisibleTo(Leon.UserId), s => Assert.Equal(Leon.UserId, s.EvaluatorId));
        Assert.All(b.Evaluation.ScoresVisibleTo(Sofia.UserId), s => Assert.Equal(Sofia.UserId, s.EvaluatorId));
        Assert.Empty(b.Evaluation.ScoresVisibleTo(Officer.UserId));

        b.Evaluation.OpenModeration(Officer, b.At(5));

        Assert.Equal(b.Evaluation.Scores.Count, b.Evaluation.ScoresVisibleTo(Officer.UserId).Count);
    }

    [Fact]
    public void An_evaluator_with_scores_cannot_be_removed_but_one_without_can()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);
        b.Evaluation.Score(Leon, b.Pathways.ResponseId, "Q1", 3, "Adequate.", b.At(4));

        Assert.Throws<DomainRuleException>(() => b.Evaluation.RemoveEvaluator(Officer, Leon.UserId, b.At(5)));
        b.Evaluation.RemoveEvaluator(Officer, Sofia.UserId, b.At(5));

        Assert.Equal([Leon.UserId], b.Evaluation.Panel.Select(p => p.EvaluatorId));
    }

    [Fact]
    public void Only_procurement_officers_assign_the_panel()
    {
        var b = new EvaluationBuilder();

        Assert.Throws<DomainRuleException>(() => b.Evaluation.AssignEvaluator(Leon, Leon.UserId, Leon.DisplayName, ["Q1"], b.At(1)));
        Assert.Throws<DomainRuleException>(() => b.Evaluation.AssignEvaluator(Officer, Leon.UserId, Leon.DisplayName, ["Q9"], b.At(1)));
        Assert.Throws<DomainRuleException>(() => b.Evaluation.AssignEvaluator(Officer, Leon.UserId, Leon.DisplayName, [], b.At(1)));
    }
}
