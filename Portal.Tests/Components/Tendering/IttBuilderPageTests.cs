using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Components.Audit;
using Portal.Domain.Calendar;
using Portal.Domain.Commissions;
using Portal.Domain.Tendering;
using Portal.Tests.Components.Equality;

namespace Portal.Tests.Components.Tendering;

/// <summary>
/// The ITT builder: the weights' total, adding a quality question, refused and conflicting saves that keep what was typed,
/// timetable warnings beside their phase, and the offer to move the later dates when one moves.
/// </summary>
public sealed class IttBuilderPageTests(ComponentDatabase database) : IttComponentTest(database), IClassFixture<ComponentDatabase>
{
    private static readonly string[] Descriptors =
        ["No response.", "Poor: major gaps.", "Weak: some gaps.", "Satisfactory: meets the need.", "Good: meets it fully.", "Excellent: exceeds it."];

    private static readonly TimeOnly Noon = new(12, 0);

    /// <summary>Quality 35% + 25%, price 30%, social value 10%, and a timetable with no warnings under the Procurement Act 2023.</summary>
    private static IttContent Content(Guid lotId) => new()
    {
        LotId = lotId,
        ComplianceQuestions = [new("Do you hold employer's liability insurance of at least £5 million?")],
        QualityQuestions =
        [
            new("Describe how you will find and keep placements for people leaving prison.", 35, 1_000, Descriptors),
            new("Describe how you will work with the probation service.", 25, 750, Descriptors),
        ],
        PriceWeightingPercent = 30,
        Timetable =
        [
            new(TimetablePhase.IttIssue, new DateOnly(2027, 2, 1)),
            new(TimetablePhase.ClarificationDeadline, new DateOnly(2027, 2, 10), Noon),
            new(TimetablePhase.TenderDeadline, new DateOnly(2027, 2, 22), Noon),
            new(TimetablePhase.Evaluation, new DateOnly(2027, 2, 23)),
            new(TimetablePhase.IntentionToAward, new DateOnly(2027, 3, 8)),
            new(TimetablePhase.EndOfStandstill, new DateOnly(2027, 3, 19)),
            new(TimetablePhase.CallOffEffective, new DateOnly(2027, 3, 22)),
            new(TimetablePhase.Commencement, new DateOnly(2027, 5, 4)),
        ],
    };

    [Fact]
    public async Task Weights_that_do_not_total_100_are_called_out_until_they_do()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()) with { PriceWeightingPercent = 20 });
        var page = RenderPageFor(People.ProcurementOfficer, id);

        Assert.All(page.FindAll("[data-testid='weight-total']"),
            total => Assert.Equal("The weights total 90%, not 100%: 10% short.", total.TextContent.Trim()));
        Assert.Contains("The weights total 90%; they must total 100%.", page.Find("[data-testid='itt-problems']").TextContent);

        Type(page, "#price-weight", "35");
        page.WaitForAssertion(() => Assert.Contains("The weights total 105%, not 100%: 5% over.", page.Find("[data-testid='weight-total']").TextContent), Patience);

        Type(page, "#price-weight", "30");
        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid='weight-total']"),
            total => Assert.Equal("The weights total 100%.", total.TextContent.Trim())), Patience);
        Assert.DoesNotContain("The weights total", page.Find("[data-testid='itt-problems']").TextContent);
    }

    [Fact]
    public async Task Adding_a_quality_question_and_saving_stores_it_with_its_weighting_word_limit_and_descriptors()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()) with { PriceWeightingPercent = 20 });
        var page = RenderPageFor(People.ProcurementOfficer, id);

        await ClickAsync(page, "[data-testid='add-quality']");
        page.WaitForElement("#quality-2-text", Patience);
        Type(page, "#quality-2-text", "Describe the social value you will add in Staffordshire.");
        Type(page, "#quality-2-weight", "10");
        Type(page, "#quality-2-words", "400");
        for (var score = 0; score < 6; score++) Type(page, $"#quality-2-descriptor-{score}", $"Descriptor for {score}.");
        // The text boxes commit what was typed a moment later; save once the page has every descriptor.
        page.WaitForAssertion(() => Assert.DoesNotContain("Quality question 3", page.Find("[data-testid='itt-readiness']").TextContent), Patience);
        Assert.Contains("The weights total 100%.", page.Find("[data-testid='weight-total']").TextContent);
        await ClickAsync(page, "[data-testid='save']");

        page.WaitForAssertion(() => Assert.Contains("All changes saved", page.Find("[data-testid='save-state']").TextContent), Patience);
        var stored = (await StoredIttAsync(id))!.Content.QualityQuestions;
        Assert.Equal(3, stored.Count);
        Assert.Equal("Describe the social value you will add in Staffordshire.", stored[2].Text);
        Assert.Equal(10, stored[2].WeightingPercent);
        Assert.Equal(400, stored[2].WordLimit);
        Assert.Equal(["Descriptor for 0.", "Descriptor for 1.", "Descriptor for 2.", "Descriptor for 3.", "Descriptor for 4.", "Descriptor for 5."], stored[2].Descriptors);
        Assert.Equal(3, page.FindAll("[data-testid='quality-question']").Count);
    }

    [Fact]
    public async Task A_save_refused_for_a_bad_word_limit_says_why_and_keeps_what_was_typed()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);

        Type(page, "#quality-0-text", "Describe how you will find, keep and follow up placements.");
        page.WaitForAssertion(() => Assert.Contains("Unsaved changes", page.Find("[data-testid='save-state']").TextContent), Patience);
        Type(page, "#quality-0-words", "0");
        page.WaitForAssertion(() => Assert.Contains("Not saved: Quality question 1's word limit must be between 1 and 10,000 words.",
            page.Find("[data-testid='save-state']").TextContent), Patience);
        await ClickAsync(page, "[data-testid='save']");

        page.WaitForAssertion(() => Assert.Contains("Nothing was saved.", page.Find("[data-testid='itt-notice']").TextContent), Patience);
        Assert.Contains("Quality question 1's word limit must be between 1 and 10,000 words.", page.Find("[data-testid='itt-notice']").TextContent);
        // Autosave does not send it either, however long the user waits.
        Services.GetRequiredService<TimeProvider>().As<FakeTimeProvider>().Advance(TimeSpan.FromMinutes(1));
        var stored = (await StoredIttAsync(id))!.Content.QualityQuestions[0];
        Assert.Equal(1_000, stored.WordLimit);
        Assert.Equal("Describe how you will find and keep placements for people leaving prison.", stored.Text);
        // And what was typed is still there to put right.
        Assert.Equal("0", page.Find("#quality-0-words").GetAttribute("value"));
        Assert.Equal("Describe how you will find, keep and follow up placements.", page.Find("#quality-0-text").GetAttribute("value")
            ?? page.Find("#quality-0-text").TextContent);
    }

    [Fact]
    public async Task A_save_the_service_refuses_shows_its_reason_and_keeps_what_was_typed()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);
        await CancelElsewhereAsync(id);

        Type(page, "#compliance-0", "Are you registered with the Care Quality Commission?");
        page.WaitForAssertion(() => Assert.Contains("Unsaved changes", page.Find("[data-testid='save-state']").TextContent), Patience);
        await ClickAsync(page, "[data-testid='save']");

        page.WaitForAssertion(() => Assert.Contains("This commission has ended.", page.Find("[data-testid='itt-notice']").TextContent), Patience);
        Assert.Equal("Are you registered with the Care Quality Commission?", page.Find("#compliance-0").GetAttribute("value") ?? page.Find("#compliance-0").TextContent);
        Assert.Equal("Do you hold employer's liability insurance of at least £5 million?", (await StoredIttAsync(id))!.Content.ComplianceQuestions[0].Text);
    }

    [Fact]
    public async Task A_save_over_someone_elses_change_is_a_conflict_with_a_reload()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);
        await ChangeElsewhereAsync(id, c => c with { PriceWeightingPercent = 40, SocialValueWeightingPercent = 0 });

        Type(page, "#compliance-0", "Do you hold public liability insurance of at least £10 million?");
        page.WaitForAssertion(() => Assert.Contains("Unsaved changes", page.Find("[data-testid='save-state']").TextContent), Patience);
        await ClickAsync(page, "[data-testid='save']");

        page.WaitForAssertion(() => Assert.Contains("changed by someone else", page.Find("[data-testid='itt-notice']").TextContent), Patience);
        Assert.Equal("Do you hold public liability insurance of at least £10 million?", page.Find("#compliance-0").GetAttribute("value")
            ?? page.Find("#compliance-0").TextContent);
        Assert.Equal(40, (await StoredIttAsync(id))!.Content.PriceWeightingPercent);

        await ClickAsync(page, "[data-testid='reload-latest']");
        page.WaitForAssertion(() => Assert.Equal("40", page.Find("#price-weight").GetAttribute("value")), Patience);
        Assert.Equal("Do you hold employer's liability insurance of at least £5 million?", page.Find("#compliance-0").GetAttribute("value")
            ?? page.Find("#compliance-0").TextContent);
    }

    [Fact]
    public async Task Another_officers_save_shows_at_once_unless_something_typed_here_is_unsaved()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);
        var notifier = Services.GetRequiredService<Portal.Infrastructure.CommissionNotifier>();

        await ChangeElsewhereAsync(id, c => c with { PriceWeightingPercent = 40, SocialValueWeightingPercent = 0 });
        await notifier.NotifyAsync(id);
        page.WaitForAssertion(() => Assert.Equal("40", page.Find("#price-weight").GetAttribute("value")), Patience);

        Type(page, "#social-value-weight", "5");
        page.WaitForAssertion(() => Assert.Contains("Unsaved changes", page.Find("[data-testid='save-state']").TextContent), Patience);
        await ChangeElsewhereAsync(id, c => c with { PriceWeightingPercent = 45 });
        await notifier.NotifyAsync(id);
        page.WaitForAssertion(() => Assert.Equal("5", page.Find("#social-value-weight").GetAttribute("value")), Patience);
        Assert.Equal("40", page.Find("#price-weight").GetAttribute("value"));
    }

    [Fact]
    public async Task A_tender_deadline_on_a_saturday_is_warned_beside_it_and_on_the_timeline()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);
        Assert.Empty(page.FindAll("[data-testid^='warning-']"));

        await page.InvokeAsync(() => page.Find("#date-TenderDeadline").Change("2027-02-20"));

        page.WaitForAssertion(() => Assert.Equal(
            "Tender deadline falls on 20 February 2027, which is not a working day under the Procurement Act 2023 (Saturday).",
            page.Find("[data-testid='warning-TenderDeadline']").TextContent.Trim()), Patience);
        Assert.Single(page.FindAll("[data-testid^='warning-']"));
        Assert.Contains("not a working day (Saturday)", page.Find("[data-testid='timeline-phase'][data-phase='TenderDeadline']").TextContent);
        Assert.Contains("1 timetable warning", page.Find("[data-testid='itt-readiness']").TextContent);
    }

    [Fact]
    public async Task Moving_a_date_offers_to_move_the_later_ones_by_the_same_working_days_and_accepting_moves_them()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.ProcurementOfficer, id);

        await page.InvokeAsync(() => page.Find("#date-TenderDeadline").Change("2027-02-24"));

        var offer = page.WaitForElement("[data-testid='shift-offer']", Patience);
        Assert.Contains("Tender deadline moved 2 working days later. Move the 5 later dates by the same 2 working days too?",
            string.Join(" ", offer.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("TenderDeadline", offer.Closest("[data-phase]")!.GetAttribute("data-phase"));
        await ClickAsync(page, "[data-testid='shift-accept']");

        page.WaitForAssertion(() => Assert.Equal("2027-02-25", page.Find("#date-Evaluation").GetAttribute("value")), Patience);
        Assert.Equal("2027-02-24", page.Find("#date-TenderDeadline").GetAttribute("value"));
        Assert.Equal("2027-02-10", page.Find("#date-ClarificationDeadline").GetAttribute("value"));
        Assert.Equal("2027-03-10", page.Find("#date-IntentionToAward").GetAttribute("value"));
        Assert.Equal("2027-03-23", page.Find("#date-EndOfStandstill").GetAttribute("value"));
        Assert.Equal("2027-05-06", page.Find("#date-Commencement").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid='shift-offer']"));
        Assert.Empty(page.FindAll("[data-testid^='warning-']"));

        await ClickAsync(page, "[data-testid='save']");
        page.WaitForAssertion(() => Assert.Contains("All changes saved", page.Find("[data-testid='save-state']").TextContent), Patience);
        var stored = (await StoredIttAsync(id))!.Timetable;
        Assert.Equal(new DateOnly(2027, 5, 6), stored[TimetablePhase.Commencement]!.Date);
        Assert.Equal(Noon, stored[TimetablePhase.TenderDeadline]!.Time);
    }

    [Fact]
    public async Task A_commissioning_officer_reads_the_itt_without_fields_to_change()
    {
        var id = await CommissionInIttPreparationAsync(Content(await LotAsync()));
        var page = RenderPageFor(People.CommissioningOfficer, id);

        Assert.Contains("Only a procurement officer can change the ITT", page.Find("[data-testid='itt-read-only']").TextContent);
        Assert.Empty(page.FindAll("[data-testid='save']"));
        Assert.Empty(page.FindAll("input[type='date'], textarea, [data-testid='add-quality']"));
        Assert.Contains("Describe how you will work with the probation service.", page.Find("[data-testid='itt-quality-section']").TextContent);
        Assert.Contains("Lot 1: Education, Training and Employment (West Midlands)", page.Find("[data-testid='itt-lot-chosen']").TextContent);
    }

    private async Task CancelElsewhereAsync(Guid commissionId)
    {
        await using var db = Database.CreateDbContext();
        var commission = await db.Commissions.SingleAsync(c => c.Id == commissionId);
        commission.Fire(CommissionTrigger.Cancel, new TransitionRequest(People.CommissioningOfficer, ComponentDatabase.Now, "The need no longer exists.",
            CancellationReasonCode.NeedNoLongerExists));
        await AuditTrail.AppendAsync(db, commission);
        await db.SaveChangesAsync();
    }
}
