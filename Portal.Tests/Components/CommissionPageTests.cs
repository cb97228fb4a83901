using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Portal.Components.Commissions;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;

namespace Portal.Tests.Components;

/// <summary>The commission page offers each person the moves and actions their role allows at this stage, and says why a move is blocked.</summary>
public sealed class CommissionPageTests(ComponentDatabase database) : PortalComponentTest(database), IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task Commissioning_officer_on_a_draft_may_submit_it_and_edit_the_note()
    {
        var page = RenderPageFor(People.CommissioningOfficer, await Database.DraftAsync());

        var submit = MoveButton(page, CommissionTrigger.SubmitForDecision);
        Assert.Equal("Submit for decision", submit.TextContent.Trim());
        Assert.False(submit.HasAttribute("disabled"));
        Assert.Contains("Edit the decision note", NextSteps(page).TextContent);
    }

    [Fact]
    public async Task Equality_lead_on_the_same_draft_is_offered_nothing()
    {
        var page = RenderPageFor(People.EqualityLead, await Database.DraftAsync());

        Assert.Empty(page.FindAll($"[data-trigger='{CommissionTrigger.SubmitForDecision}']"));
        Assert.DoesNotContain("Edit the decision note", NextSteps(page).TextContent);
        Assert.Contains("Nothing here is yours to do at this stage.", NextSteps(page).TextContent);
    }

    [Fact]
    public async Task Commissioner_sees_approve_disabled_with_the_missing_sign_offs_listed()
    {
        var page = RenderPageFor(People.Commissioner, await Database.AwaitingDecisionAsync(signedOff: false));

        var approve = MoveButton(page, CommissionTrigger.Approve);
        Assert.True(approve.HasAttribute("disabled"));
        Assert.False(MoveButton(page, CommissionTrigger.ReturnForChanges).HasAttribute("disabled"));
        Assert.False(MoveButton(page, CommissionTrigger.Decline).HasAttribute("disabled"));
        var reasons = BlockedReasons(approve);
        Assert.Equal(3, reasons.Count);
        Assert.All(reasons, r => Assert.Contains("has not signed off", r));
        Assert.Contains(reasons, r => r.Contains("Chief Executive"));
        Assert.Contains(reasons, r => r.Contains("Section 151 Officer"));
        Assert.Contains(reasons, r => r.Contains("Monitoring Officer"));
    }

    [Fact]
    public async Task Commissioner_may_approve_once_the_three_sign_offs_exist()
    {
        var page = RenderPageFor(People.Commissioner, await Database.AwaitingDecisionAsync(signedOff: true));

        var approve = MoveButton(page, CommissionTrigger.Approve);
        Assert.False(approve.HasAttribute("disabled"));
        Assert.Empty(BlockedReasons(approve));
        Assert.DoesNotContain("has not signed off", NextSteps(page).TextContent);
    }

    [Fact]
    public async Task Chief_executive_may_record_a_sign_off_but_not_approve()
    {
        var page = RenderPageFor(People.ChiefExecutive, await Database.AwaitingDecisionAsync(signedOff: false));

        Assert.Contains("Record your sign-off", NextSteps(page).TextContent);
        Assert.Empty(page.FindAll($"[data-trigger='{CommissionTrigger.Approve}']"));
    }

    [Fact]
    public async Task Procurement_officer_who_confirmed_the_opening_cannot_open_the_tenders_alone()
    {
        var page = RenderPageFor(People.ProcurementOfficer, await Database.OpeningConfirmedByAsync(People.ProcurementOfficer));

        var open = MoveButton(page, CommissionTrigger.OpenTenders);
        Assert.Equal("Open tenders", open.TextContent.Trim());
        Assert.True(open.HasAttribute("disabled"));
        Assert.Contains(BlockedReasons(open), r => r.Contains("second procurement officer must confirm the opening"));
        Assert.DoesNotContain("Confirm the opening of tenders", NextSteps(page).TextContent);
    }

    [Fact]
    public async Task A_second_procurement_officer_may_open_the_tenders_the_first_confirmed()
    {
        var page = RenderPageFor(People.SecondProcurementOfficer, await Database.OpeningConfirmedByAsync(People.ProcurementOfficer));

        Assert.False(MoveButton(page, CommissionTrigger.OpenTenders).HasAttribute("disabled"));
    }

    private IRenderedComponent<CommissionPage> RenderPageFor(Actor actor, Guid commissionId)
    {
        SignInAs(actor);
        Render<MudPopoverProvider>();
        var page = Render<CommissionPage>(p => p.Add(x => x.Id, commissionId));
        page.WaitForElement("[data-testid='next-steps']", TimeSpan.FromSeconds(10));
        return page;
    }

    private static IElement NextSteps(IRenderedComponent<CommissionPage> page) => page.Find("[data-testid='next-steps']");

    private static IElement MoveButton(IRenderedComponent<CommissionPage> page, CommissionTrigger trigger) =>
        page.Find($"button[data-trigger='{trigger}']");

    private static List<string> BlockedReasons(IElement moveButton) =>
        moveButton.ParentElement!.QuerySelectorAll("ul.blocked-reasons li").Select(li => li.TextContent.Trim()).ToList();
}
