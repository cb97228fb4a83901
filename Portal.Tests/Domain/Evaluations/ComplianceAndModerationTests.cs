using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using static Portal.Tests.Domain.Evaluations.EvaluationBuilder;

namespace Portal.Tests.Domain.Evaluations;

public class ComplianceAndModerationTests
{
    [Fact]
    public void A_compliance_fail_needs_a_reason()
    {
        var b = new EvaluationBuilder();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            b.Evaluation.RecordCompliance(Officer, b.Midlands.ResponseId, [new ComplianceInput(false, " ")], b.At(3)));

        Assert.Equal("Give the reason compliance question 1 fails.", refusal.Message);
        Assert.Empty(b.Evaluation.ComplianceChecks);
    }

    [Fact]
    public void A_failed_bid_is_excluded_with_its_reason_and_is_neither_scored_nor_moderated()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon);

        b.Evaluation.RecordCompliance(Officer, b.Midlands.ResponseId, [new ComplianceInput(false, "No public liability insurance certificate.")], b.At(3));

        Assert.Equal("Failed compliance: question 1: No public liability insurance certificate.", b.Evaluation.ExclusionReason(b.Midlands.ResponseId));
        Assert.Throws<DomainRuleException>(() => b.Evaluation.Score(Leon, b.Midlands.ResponseId, "Q1", 3, "Good.", b.At(4)));
        Assert.DoesNotContain(b.Evaluation.WorkOf(b.Evaluation.AssignmentOf(Leon.UserId)!), w => w.Bid == b.Midlands);
        Assert.DoesNotContain(b.Midlands, b.Evaluation.CompliantBids());
    }

    [Fact]
    public void Moderation_will_not_open_until_every_evaluator_has_scored_and_says_what_is_missing()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon).Declared(Sofia).AllPass().ScoredEverything(Leon);
        b.Evaluation.Score(Sofia, b.Pathways.ResponseId, "Q2", 3, "Fine.", b.At(4));

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.OpenModeration(Officer, b.At(5)));

        Assert.Contains("Sofia Marin has not scored SV for Pathways to Work CIC.", refusal.Message);
        Assert.Contains("Sofia Marin has not scored Q2, SV for Second Chance Skills Trust.", refusal.Message);
        Assert.DoesNotContain("Leon Price", refusal.Message);
        Assert.False(b.Evaluation.ModerationOpen);
    }

    [Fact]
    public void Moderation_needs_compliance_recorded_for_every_bid()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon).Declared(Sofia).ScoredEverything(Leon).ScoredEverything(Sofia);

        Assert.Contains("Compliance has not been recorded for Pathways to Work CIC.", b.Evaluation.MissingBeforeModeration());
    }

    [Fact]
    public void A_conflicted_evaluator_is_not_asked_to_score_that_bid_before_moderation()
    {
        var b = new EvaluationBuilder().WithPanel();
        b.Declared(Leon).Declared(Sofia, conflictedWith: b.Midlands).AllPass().ScoredEverything(Leon).ScoredEverything(Sofia);

        b.Evaluation.OpenModeration(Officer, b.At(5));

        Assert.True(b.Evaluation.ModerationOpen);
    }

    [Fact]
    public void A_criterion_nobody_free_of_conflict_scores_keeps_moderation_closed()
    {
        var b = new EvaluationBuilder();
        b.Evaluation.AssignEvaluator(Officer, Leon.UserId, Leon.DisplayName, ["Q1", "Q2", "SV"], b.At(1));
        b.Declared(Leon, conflictedWith: b.Midlands).AllPass().ScoredEverything(Leon);

        Assert.Equal(["Every evaluator assigned to Q1 declared a conflict with Midlands Employment Partnership Ltd: assign another evaluator to score it.",
            "Every evaluator assigned to Q2 declared a conflict with Midlands Employment Partnership Ltd: assign another evaluator to score it.",
            "Every evaluator assigned to SV declared a conflict with Midlands Employment Partnership Ltd: assign another evaluator to score it."],
            b.Evaluation.MissingBeforeModeration());
    }

    [Fact]
    public void A_moderation_without_a_rationale_is_refused()
    {
        var b = new EvaluationBuilder().ReadyToModerate();

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q2", 3, "", 0, b.At(6)));

        Assert.Equal("Give the rationale for the consensus score.", refusal.Message);
        Assert.Empty(b.Evaluation.Moderations);
    }

    [Fact]
    public void A_moderated_score_outside_0_to_5_is_refused()
    {
        var b = new EvaluationBuilder().ReadyToModerate();

        Assert.Throws<DomainRuleException>(() => b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q2", 7, "Agreed.", 0, b.At(6)));
    }

    [Fact]
    public void Moderation_before_it_opens_is_refused()
    {
        var b = new EvaluationBuilder().WithPanel();

        var refusal = Assert.Throws<DomainRuleException>(() => b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q1", 3, "Agreed.", 0, b.At(6)));

        Assert.Equal("Moderation has not opened yet.", refusal.Message);
    }

    [Fact]
    public void A_second_moderation_from_a_stale_page_is_refused_and_the_first_is_kept()
    {
        var b = new EvaluationBuilder().ReadyToModerate();
        b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q2", 3, "Sofia's concerns on partners outweigh Leon's view.", 0, b.At(6));

        var refusal = Assert.Throws<StaleModerationException>(() =>
            b.Evaluation.Moderate(SecondOfficer, b.Pathways.ResponseId, "Q2", 4, "Leon's view prevails.", 0, b.At(7)));

        Assert.Contains("Priya Procurement recorded a consensus of 3 for Q2 of Pathways to Work CIC", refusal.Message);
        var kept = Assert.Single(b.Evaluation.Moderations);
        Assert.Equal((3, 1), (kept.Score, kept.Version));
    }

    [Fact]
    public void A_deliberate_revision_from_a_fresh_page_adds_a_version_and_keeps_the_earlier_one()
    {
        var b = new EvaluationBuilder().ReadyToModerate();
        b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q2", 3, "First view.", 0, b.At(6));

        b.Evaluation.Moderate(SecondOfficer, b.Pathways.ResponseId, "Q2", 4, "Revised after reading the case studies again.", 1, b.At(7));

        Assert.Equal([1, 2], b.Evaluation.Moderations.Select(m => m.Version));
        Assert.Equal(4, b.Evaluation.Moderated(b.Pathways.ResponseId, "Q2")!.Score);
        Assert.Equal("Paul Procurement", b.Evaluation.Moderated(b.Pathways.ResponseId, "Q2")!.ModeratorName);
    }

    [Fact]
    public void Every_compliant_bid_moderated_on_every_criterion_completes_the_sheet()
    {
        var b = new EvaluationBuilder().WithPanel().Declared(Leon).Declared(Sofia).AllPass();
        b.Evaluation.RecordCompliance(Officer, b.Midlands.ResponseId, [new ComplianceInput(false, "No insurance.")], b.At(3));
        b.ScoredEverything(Leon, 4).ScoredEverything(Sofia, 2);
        b.Evaluation.OpenModeration(Officer, b.At(5));

        foreach (var bid in new[] { b.Pathways, b.SecondChance })
        foreach (var key in b.Evaluation.CriteriaKeys)
        {
            Assert.False(b.Evaluation.AllModerated);
            b.Evaluation.Moderate(Officer, bid.ResponseId, key, 3, "Agreed at the moderation meeting.", 0, b.At(6));
        }

        Assert.True(b.Evaluation.AllModerated);
        Assert.Equal(["Q1", "Q2", "SV"], b.Evaluation.ModeratedScoresOf(b.Pathways.ResponseId).Select(s => s.CriterionKey));
        Assert.Throws<DomainRuleException>(() => b.Evaluation.Moderate(Officer, b.Midlands.ResponseId, "Q1", 3, "Agreed.", 0, b.At(7)));
    }

    [Fact]
    public void Compliance_is_fixed_once_moderation_opens()
    {
        var b = new EvaluationBuilder().ReadyToModerate();

        Assert.Throws<DomainRuleException>(() =>
            b.Evaluation.RecordCompliance(Officer, b.Pathways.ResponseId, [new ComplianceInput(false, "Second look.")], b.At(8)));
        Assert.Null(b.Evaluation.ExclusionReason(b.Pathways.ResponseId));
    }

    [Fact]
    public void Every_change_is_recorded_for_the_audit_trail()
    {
        var b = new EvaluationBuilder().ReadyToModerate();
        b.Evaluation.Moderate(Officer, b.Pathways.ResponseId, "Q1", 4, "Agreed.", 0, b.At(6));

        var actions = b.Evaluation.PendingChanges.Select(c => c.Action).Distinct().ToList();

        Assert.Equal(["EvaluatorAssigned", "ConflictDeclared", "ComplianceRecorded", "ScoreRecorded", "ModerationOpened", "ScoreModerated"], actions);
    }
}
