using Portal.Data;
using Portal.Domain.Common;
using Portal.Domain.Equality;
using Portal.Domain.Identity;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Equality;

/// <summary>Its author submits the EIA; an equality lead who is not its author passes it or returns it with comments.</summary>
public class EiaQualityAssuranceTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor SecondEqualityLead = Make("eq-2", "Esme Equality", Roles.EqualityLead);

    private static EqualityAssessmentContent Reference() => ReferenceCommission.EqualityAssessment(new DateOnly(2026, 3, 2));

    private static EqualityAssessment Submitted(Actor author)
    {
        var assessment = EqualityAssessment.Start(Guid.NewGuid(), Reference(), author, At);
        assessment.Submit(author, At.AddHours(1));
        return assessment;
    }

    [Fact]
    public void Only_its_author_submits_it()
    {
        var assessment = EqualityAssessment.Start(Guid.NewGuid(), Reference(), CommissioningOfficer, At);
        var colleague = Make("co-2", "Colin Commissioning", Roles.CommissioningOfficer);

        var refused = Assert.Throws<DomainRuleException>(() => assessment.Submit(colleague, At));

        Assert.Equal("Only the EIA's author, Cara Commissioning, can submit it for quality assurance.", refused.Message);
        Assert.Equal(EiaStatus.Draft, assessment.Status);
        Assert.Null(assessment.SubmittedAt);
    }

    [Fact]
    public void An_incomplete_EIA_cannot_be_submitted_and_is_told_what_is_missing()
    {
        var assessment = EqualityAssessment.Start(Guid.NewGuid(), Reference() with { Decisions = "" }, CommissioningOfficer, At);

        var refused = Assert.Throws<DomainRuleException>(() => assessment.Submit(CommissioningOfficer, At));

        Assert.Equal("The EIA is not complete: Complete the decisions.", refused.Message);
        Assert.Equal(EiaStatus.Draft, assessment.Status);
    }

    [Fact]
    public void The_author_submits_and_another_equality_lead_passes_it()
    {
        var assessment = Submitted(CommissioningOfficer);

        assessment.Pass(EqualityLead, "Each group is assessed on its own evidence.", At.AddHours(2));

        Assert.Equal(EiaStatus.Passed, assessment.Status);
        Assert.Equal(EqualityLead.UserId, assessment.ReviewerId);
        Assert.Equal(At.AddHours(2), assessment.ReviewedAt);
        Assert.Equal(["EiaStarted", "EiaSubmitted", "EiaPassed"], assessment.PendingChanges.Select(c => c.Action));
    }

    [Fact]
    public void An_author_who_is_also_an_equality_lead_cannot_pass_or_return_their_own()
    {
        var assessment = Submitted(EqualityLeadWhoAlsoCommissions);

        var passing = Assert.Throws<DomainRuleException>(() => assessment.Pass(EqualityLeadWhoAlsoCommissions, "Looks fine to me.", At));
        var returning = Assert.Throws<DomainRuleException>(() => assessment.Return(EqualityLeadWhoAlsoCommissions, "Tidy it up.", At));

        Assert.Equal("You wrote this EIA: another equality lead must quality-assure it.", passing.Message);
        Assert.Equal(passing.Message, returning.Message);
        Assert.Equal(EiaStatus.SubmittedForQa, assessment.Status);
        Assert.Null(assessment.ReviewerId);

        assessment.Pass(SecondEqualityLead, null, At);
        Assert.Equal(EiaStatus.Passed, assessment.Status);
    }

    [Fact]
    public void Someone_who_is_not_an_equality_lead_cannot_pass_it()
    {
        var assessment = Submitted(CommissioningOfficer);

        var refused = Assert.Throws<DomainRuleException>(() => assessment.Pass(Commissioner, "Approved.", At));

        Assert.StartsWith("Only ", refused.Message);
        Assert.Equal(EiaStatus.SubmittedForQa, assessment.Status);
    }

    [Fact]
    public void A_draft_that_was_never_submitted_cannot_be_passed()
    {
        var assessment = EqualityAssessment.Start(Guid.NewGuid(), Reference(), CommissioningOfficer, At);

        var refused = Assert.Throws<DomainRuleException>(() => assessment.Pass(EqualityLead, null, At));

        Assert.Equal("This EIA has not been submitted for quality assurance.", refused.Message);
        Assert.Equal(EiaStatus.Draft, assessment.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_it_needs_comments(string comments)
    {
        var assessment = Submitted(CommissioningOfficer);

        var refused = Assert.Throws<DomainRuleException>(() => assessment.Return(EqualityLead, comments, At));

        Assert.Equal("Say what the author needs to change.", refused.Message);
        Assert.Equal(EiaStatus.SubmittedForQa, assessment.Status);
    }

    [Fact]
    public void A_returned_EIA_carries_the_comments_and_can_be_edited_and_resubmitted()
    {
        var assessment = Submitted(CommissioningOfficer);

        assessment.Return(EqualityLead, "  Say what the data shows for women.  ", At.AddHours(2));
        assessment.Update(Reference() with { Decisions = "Proceed, with women-only sessions written into the contract." }, CommissioningOfficer, At.AddHours(3));
        assessment.Submit(CommissioningOfficer, At.AddHours(4));

        Assert.Equal(EiaStatus.SubmittedForQa, assessment.Status);
        Assert.Equal("Say what the data shows for women.", assessment.ReviewComments);
        Assert.Equal("Proceed, with women-only sessions written into the contract.", assessment.Content.Decisions);
        Assert.Equal(At.AddHours(4), assessment.SubmittedAt);
    }

    [Fact]
    public void A_passed_EIA_cannot_be_edited()
    {
        var assessment = Submitted(CommissioningOfficer);
        assessment.Pass(EqualityLead, null, At);
        var json = assessment.ContentJson;
        var token = assessment.ConcurrencyToken;

        var refused = Assert.Throws<DomainRuleException>(() =>
            assessment.Update(Reference() with { Decisions = "Changed after QA." }, CommissioningOfficer, At.AddDays(1)));

        Assert.Equal("This EIA has passed quality assurance and can no longer be changed.", refused.Message);
        Assert.Equal(json, assessment.ContentJson);
        Assert.Equal(token, assessment.ConcurrencyToken);
        Assert.False(assessment.IsEditable);
    }

    [Fact]
    public void An_EIA_with_the_equality_lead_cannot_be_edited_until_it_is_returned()
    {
        var assessment = Submitted(CommissioningOfficer);

        var refused = Assert.Throws<DomainRuleException>(() =>
            assessment.Update(Reference() with { Decisions = "Changed during QA." }, CommissioningOfficer, At));

        Assert.Contains("with the equality lead", refused.Message);
        Assert.NotEqual("Changed during QA.", assessment.Content.Decisions);
    }

    [Fact]
    public void Only_a_commissioning_officer_writes_an_EIA()
    {
        var refused = Assert.Throws<DomainRuleException>(() => EqualityAssessment.Start(Guid.NewGuid(), Reference(), EqualityLead, At));

        Assert.Contains("write an equality impact assessment", refused.Message);
    }
}
