using Portal.Domain.Common;
using Portal.Domain.Evaluations;
using Portal.Domain.Evaluations.Results;
using Portal.Domain.Identity;
using static Portal.Tests.Domain.Evaluations.Results.ResultsSheets;

namespace Portal.Tests.Domain.Evaluations.Results;

public class AwardRecommendationTests
{
    private static readonly DateTimeOffset At = new(2027, 4, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly NamedApprover Commissioner = new(TestActors.Commissioner.UserId, TestActors.Commissioner.DisplayName, ApproverPosition.Commissioner);

    private readonly ModeratedSheet _sheet = Sheet(Bid("Alpha", 100_000, 5, 5, 5), Bid("Beta", 100_000, 3, 3, 3), Excluded("Gamma", 90_000));

    private EvaluationResults Results => EvaluationCalculation.Calculate(_sheet, Itt, 20);

    private Guid IdOf(string supplier) => _sheet.Bids.Single(b => b.SupplierName == supplier).ResponseId;

    private AwardRecommendation RecommendAlpha() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, true, IdOf("Alpha"),
        "Highest total; strong on every question.", null, Commissioner, TestActors.ProcurementOfficer, At);

    [Fact]
    public void An_award_cannot_be_recommended_before_moderation_is_complete()
    {
        var refused = Assert.Throws<DomainRuleException>(() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, false, IdOf("Alpha"),
            "Highest total.", null, Commissioner, TestActors.ProcurementOfficer, At));

        Assert.Contains("Moderation is not complete", refused.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_recommendation_always_needs_a_rationale(string rationale)
    {
        Assert.Throws<DomainRuleException>(() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, true, IdOf("Alpha"),
            rationale, null, Commissioner, TestActors.ProcurementOfficer, At));
    }

    [Fact]
    public void Recommending_a_bid_below_first_place_needs_a_reason_for_departing_from_the_ranking()
    {
        var refused = Assert.Throws<DomainRuleException>(() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, true, IdOf("Beta"),
            "Good local partnerships.", null, Commissioner, TestActors.ProcurementOfficer, At));
        Assert.Equal("Beta is ranked 2, not first (Alpha is); give the reason for departing from the ranking.", refused.Message);

        var recommendation = AwardRecommendation.Recommend(_sheet.CommissionId, Results, true, IdOf("Beta"), "Good local partnerships.",
            "Alpha's price was found abnormally low after clarification.", Commissioner, TestActors.ProcurementOfficer, At);
        Assert.True(recommendation.DepartsFromRanking);
        Assert.Equal(2, recommendation.RankOfRecommended);
    }

    [Fact]
    public void An_excluded_bid_cannot_be_recommended_and_only_a_procurement_officer_recommends()
    {
        Assert.Contains("excluded", Assert.Throws<DomainRuleException>(() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, true,
            IdOf("Gamma"), "Cheapest.", "Cheapest.", Commissioner, TestActors.ProcurementOfficer, At)).Message);
        Assert.Throws<DomainRuleException>(() => AwardRecommendation.Recommend(_sheet.CommissionId, Results, true, IdOf("Alpha"),
            "Highest total.", null, Commissioner, TestActors.CommissioningOfficer, At));
    }

    [Fact]
    public void Only_the_named_approver_can_approve()
    {
        var recommendation = RecommendAlpha();

        var refused = Assert.Throws<DomainRuleException>(() => recommendation.Approve(TestActors.ChiefExecutive, 1, Results, At.AddHours(1)));
        Assert.Equal("Only Pat Commissioner, the approver named in the recommendation, can approve it.", refused.Message);
        Assert.Equal(RecommendationStatus.AwaitingApproval, recommendation.Status);

        recommendation.Approve(TestActors.Commissioner, 1, Results, At.AddHours(1));
        Assert.Equal(RecommendationStatus.Approved, recommendation.Status);
        Assert.Equal(new ApprovedRecommendation(IdOf("Alpha"), _sheet.Bids[0].SupplierId, "Alpha", "Highest total; strong on every question.",
            "Pat Commissioner", At.AddHours(1)), recommendation.ToApproved());
    }

    [Fact]
    public void A_recommendation_changed_since_the_approver_opened_it_is_refused()
    {
        var recommendation = RecommendAlpha();
        recommendation.Revise(Results, true, IdOf("Alpha"), "Highest total, and the best safeguarding answer.", null, Commissioner,
            TestActors.ProcurementOfficer, At.AddMinutes(5));

        var refused = Assert.Throws<DomainRuleException>(() => recommendation.Approve(TestActors.Commissioner, 1, Results, At.AddHours(1)));

        Assert.Contains("changed after you opened it", refused.Message);
    }

    [Fact]
    public void A_recommendation_made_on_results_that_have_since_changed_is_refused()
    {
        var recommendation = RecommendAlpha();
        var remoderated = _sheet with { Bids = [_sheet.Bids[0] with { Scores = [new("Q1", 2, "Re-moderated"), .. _sheet.Bids[0].Scores.Skip(1)] }, .. _sheet.Bids.Skip(1)] };

        var refused = Assert.Throws<DomainRuleException>(() =>
            recommendation.Approve(TestActors.Commissioner, 1, EvaluationCalculation.Calculate(remoderated, Itt, 20), At.AddHours(1)));

        Assert.Contains("results have changed since this recommendation was made", refused.Message);
        Assert.Equal(RecommendationStatus.AwaitingApproval, recommendation.Status);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_the_officer_can_revise_and_resubmit()
    {
        var recommendation = RecommendAlpha();
        Assert.Throws<DomainRuleException>(() => recommendation.Reject(TestActors.Commissioner, 1, Results, " ", At.AddHours(1)));

        recommendation.Reject(TestActors.Commissioner, 1, Results, "Say how the price was checked.", At.AddHours(1));
        Assert.Equal(RecommendationStatus.Rejected, recommendation.Status);
        Assert.Throws<DomainRuleException>(() => recommendation.Approve(TestActors.Commissioner, 1, Results, At.AddHours(2)));

        recommendation.Revise(Results, true, IdOf("Alpha"), "Highest total; the price was checked against the market.", null, Commissioner,
            TestActors.ProcurementOfficer, At.AddHours(2));
        recommendation.Approve(TestActors.Commissioner, 2, Results, At.AddHours(3));
        Assert.Equal(RecommendationStatus.Approved, recommendation.Status);
        Assert.Throws<DomainRuleException>(() => recommendation.Revise(Results, true, IdOf("Beta"), "x", "y", Commissioner, TestActors.ProcurementOfficer, At.AddHours(4)));
    }
}
