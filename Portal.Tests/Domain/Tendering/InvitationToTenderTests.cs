using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Tendering;

public class InvitationToTenderTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static InvitationToTender Started(IttContent? content = null) =>
        InvitationToTender.Start(Guid.NewGuid(), content ?? IttBuilder.Complete(), ProcurementOfficer, At);

    private static InvitationToTender Ready()
    {
        var itt = Started();
        itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);
        return itt;
    }

    private static IttContent WithPrice(int price) => IttBuilder.Complete() with { PriceWeightingPercent = price };

    [Fact]
    public void A_new_ITT_weights_social_value_at_ten_percent_and_scores_price_by_the_lowest_price_ratio()
    {
        var blank = new IttContent();

        Assert.Equal(10, blank.SocialValueWeightingPercent);
        Assert.Equal(PriceScoringFormula.LowestPriceRatio, blank.PriceScoringFormula);
        Assert.Equal(10, blank.WeightTotal);
        Assert.Empty(blank.QualityQuestions);
    }

    [Fact]
    public void A_complete_ITT_with_a_document_is_ready_to_issue()
    {
        var itt = Ready();

        Assert.Empty(itt.ReadinessProblems());
        Assert.Equal(100, itt.WeightTotal);
        Assert.Equal(new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero), itt.ClarificationDeadline);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 11, 0, 0, TimeSpan.Zero), itt.TenderDeadline); // British Summer Time
    }

    [Theory]
    [InlineData(29, 99, "The weights total 99%; they must total 100%.")]
    [InlineData(31, 101, "The weights total 101%; they must total 100%.")]
    [InlineData(25, 95, "The weights total 95%; they must total 100%.")]
    public void Weights_that_do_not_total_100_percent_stop_issue_with_the_total(int price, int total, string message)
    {
        var itt = Ready();
        itt.Update(WithPrice(price), ProcurementOfficer, At);

        Assert.Equal(total, itt.WeightTotal);
        Assert.Equal([message], itt.ReadinessProblems());
    }

    [Fact]
    public void Weights_totalling_exactly_100_percent_pass()
    {
        var itt = Ready();
        itt.Update(WithPrice(29) with { SocialValueWeightingPercent = 11 }, ProcurementOfficer, At);

        Assert.Equal(100, itt.WeightTotal);
        Assert.Empty(itt.ReadinessProblems());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_weight_outside_0_to_100_is_refused(int weight)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Started(IttBuilder.Complete() with { SocialValueWeightingPercent = weight }));
        Assert.Equal("The social value weighting must be between 0% and 100%.", ex.Message);

        var question = Assert.Throws<DomainRuleException>(() => Started(IttBuilder.Complete() with
        {
            QualityQuestions = [IttBuilder.Question("Describe your approach.", weight)],
        }));
        Assert.Equal("Quality question 1's weighting must be between 0% and 100%.", question.Message);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public void Word_limits_run_from_1_to_10000(int limit, bool allowed)
    {
        var content = IttBuilder.Complete() with { QualityQuestions = [IttBuilder.Question("Describe your approach.", 60, limit)] };

        if (allowed)
        {
            Assert.Equal(limit, Started(content).Content.QualityQuestions[0].WordLimit);
        }
        else
        {
            var ex = Assert.Throws<DomainRuleException>(() => Started(content));
            Assert.Equal("Quality question 1's word limit must be between 1 and 10,000 words.", ex.Message);
        }
    }

    [Fact]
    public void Every_score_from_0_to_5_needs_a_descriptor()
    {
        var itt = Ready();
        var partial = IttBuilder.Descriptors.Take(4).Append(" ").ToList();
        itt.Update(IttBuilder.Complete() with
        {
            QualityQuestions = [IttBuilder.Question("Describe your approach.", 35), new("Describe your partners.", 25, 500, partial)],
        }, ProcurementOfficer, At);

        Assert.Equal(["Quality question 2 needs a descriptor for score 4, 5."], itt.ReadinessProblems());
        Assert.Equal(6, itt.Content.QualityQuestions[1].Descriptors.Count);
    }

    [Fact]
    public void Question_text_is_required_and_bounded()
    {
        var blank = Assert.Throws<DomainRuleException>(() => Started(IttBuilder.Complete() with { ComplianceQuestions = [new("  ")] }));
        Assert.Equal("Compliance question 1 needs its text.", blank.Message);

        var tooLong = Assert.Throws<DomainRuleException>(() => Started(IttBuilder.Complete() with
        {
            QualityQuestions = [IttBuilder.Question(new string('x', IttRules.QuestionMaxLength + 1), 60)],
        }));
        Assert.Equal("Keep quality question 1 to 2,000 characters.", tooLong.Message);
    }

    [Fact]
    public void An_empty_ITT_lists_everything_that_stops_issue()
    {
        var itt = Started(new IttContent());

        Assert.Equal(
        [
            "Choose the lot.",
            "Add at least one document.",
            "Add at least one quality question.",
            "The weights total 10%; they must total 100%.",
            "Set the clarification deadline.",
            "Set the tender deadline.",
        ], itt.ReadinessProblems());
    }

    [Fact]
    public void A_deadline_needs_a_time_of_day()
    {
        var content = IttBuilder.Complete();
        var itt = Ready();
        itt.Update(content with
        {
            Timetable = content.Timetable.Select(e => e.Phase == TimetablePhase.TenderDeadline ? e with { Time = null } : e).ToList(),
        }, ProcurementOfficer, At);

        Assert.Equal(["Give the tender deadline a time of day."], itt.ReadinessProblems());
        Assert.Null(itt.TenderDeadline);
    }

    [Fact]
    public void Every_version_of_a_document_is_kept()
    {
        var itt = Started();
        var spec = itt.AddDocument(IttDocumentKind.Specification, " Service specification ", IttBuilder.File("spec-v1.pdf", 100), ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.PricingSchedule, "Pricing schedule", IttBuilder.File("prices.xlsx"), ProcurementOfficer, At);
        var second = itt.AddDocumentVersion(spec.Id, IttBuilder.File("spec-v2.pdf", 200), SecondProcurementOfficer, At.AddDays(1));

        var document = Assert.Single(itt.Documents, d => d.Id == spec.Id);
        Assert.Equal("Service specification", document.Title);
        Assert.Equal([1, 2], document.Versions.Select(v => v.Number));
        Assert.Equal(["spec-v1.pdf", "spec-v2.pdf"], document.Versions.Select(v => v.FileName));
        Assert.Equal(2, second.Number);
        Assert.Equal("spec-v2.pdf", document.Current.FileName);
        Assert.Equal(SecondProcurementOfficer.DisplayName, document.Current.AddedByName);
        Assert.Equal(2, itt.Documents.Count);
        Assert.Contains(itt.PendingChanges, c => c.Action == "IttDocumentVersionAdded" && c.Summary.Contains("version 2"));
    }

    [Fact]
    public void A_document_needs_a_title()
    {
        var itt = Started();

        var ex = Assert.Throws<DomainRuleException>(() => itt.AddDocument(IttDocumentKind.Terms, " ", IttBuilder.File(), ProcurementOfficer, At));

        Assert.Equal("Give the document a title.", ex.Message);
        Assert.Empty(itt.Documents);
    }

    [Fact]
    public void Only_a_procurement_officer_prepares_the_ITT()
    {
        var ex = Assert.Throws<DomainRuleException>(() => InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), CommissioningOfficer, At));

        Assert.StartsWith("Only ", ex.Message);
    }

    [Fact]
    public void Changes_are_recorded_for_the_audit_trail_and_a_save_without_changes_records_nothing()
    {
        var itt = Started();
        var token = itt.ConcurrencyToken;
        itt.ClearPendingChanges();

        itt.Update(IttBuilder.Complete() with { LotId = itt.LotId }, ProcurementOfficer, At);
        Assert.Empty(itt.PendingChanges);
        Assert.Equal(token, itt.ConcurrencyToken);

        itt.Update(WithPrice(25) with { LotId = itt.LotId }, ProcurementOfficer, At);
        var change = Assert.Single(itt.PendingChanges);
        Assert.Equal("IttUpdated", change.Action);
        Assert.Contains("\"WeightTotal\":100", change.Before);
        Assert.Contains("\"WeightTotal\":95", change.After);
        Assert.NotEqual(token, itt.ConcurrencyToken);
    }
}
