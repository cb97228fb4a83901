using Microsoft.EntityFrameworkCore;
using Portal.Components.DecisionNotes;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>Each approver signs only as their own position, and only the Commissioner decides.</summary>
public sealed class SignOffAuthorityTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly DecisionSteps _steps = new(app);

    private async Task<DecisionNoteView> NoteAsync(Guid id)
    {
        var view = await app.ServiceFor<DecisionNoteService>(TestActors.CommissioningOfficer).GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    [Fact]
    public async Task The_Section_151_Officers_sign_off_counts_only_as_theirs_whatever_it_says()
    {
        var id = await _steps.Commissions.CreateAwaitingDecisionAsync("Signed in the wrong name");

        await _steps.Commissions.SucceedAsync(TestActors.Section151Officer, id, (s, token) =>
            s.RecordSignOffAsync(id, token, "Signing as the Chief Executive and the Monitoring Officer too: I recommend approval."));
        var refused = await _steps.Commissions.TryAsync(TestActors.Commissioner, id, (s, token) => _steps.ApproveAsync(id, token));

        var note = await NoteAsync(id);
        var signOff = Assert.Single(note.SignOffs);
        Assert.Equal(ApproverPosition.Section151Officer, signOff.Position);
        Assert.Equal(TestActors.Section151Officer.DisplayName, signOff.SignerName);
        Assert.Null(note.SignOffBy(ApproverPosition.ChiefExecutive));
        Assert.Null(note.SignOffBy(ApproverPosition.MonitoringOfficer));
        Assert.Equal(OperationOutcome.Refused, refused.Outcome);
        Assert.Contains("The Chief Executive has not signed off version 1", refused.Message);
        Assert.Contains("The Monitoring Officer has not signed off version 1", refused.Message);
        Assert.DoesNotContain("Section 151", refused.Message);
    }

    [Fact]
    public async Task Signing_again_replaces_the_positions_own_sign_off_and_no_other()
    {
        var id = await _steps.SignedOffAsync("Signed twice");

        await _steps.Commissions.SucceedAsync(TestActors.Section151Officer, id, (s, token) => s.RecordSignOffAsync(id, token, "Revised finance comments."));

        var note = await NoteAsync(id);
        Assert.Equal(3, note.SignOffs.Count);
        Assert.Equal("Revised finance comments.", note.SignOffBy(ApproverPosition.Section151Officer)!.Comment);
        Assert.Equal(TestActors.ChiefExecutive.DisplayName, note.SignOffBy(ApproverPosition.ChiefExecutive)!.SignerName);
    }

    [Fact]
    public async Task The_Commissioner_cannot_record_a_sign_off()
    {
        var id = await _steps.Commissions.CreateAwaitingDecisionAsync("Commissioner signing off");

        var result = await _steps.Commissions.TryAsync(TestActors.Commissioner, id, (s, token) => s.RecordSignOffAsync(id, token, "I recommend it to myself."));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("Only the Chief Executive, the Section 151 Officer or the Monitoring Officer record sign-offs; the Commissioner decides.", result.Message);
        Assert.Empty((await NoteAsync(id)).SignOffs);
    }

    [Theory]
    [InlineData("chief executive")]
    [InlineData("commissioning officer")]
    [InlineData("monitoring officer")]
    public async Task No_one_but_the_Commissioner_can_approve_even_with_every_sign_off_in_place(string who)
    {
        var actor = who switch
        {
            "chief executive" => TestActors.ChiefExecutive,
            "commissioning officer" => TestActors.CommissioningOfficer,
            _ => TestActors.MonitoringOfficer,
        };
        var id = await _steps.SignedOffAsync($"Approval attempted by the {who}");

        var result = await _steps.Commissions.TryAsync(actor, id, (_, token) => _steps.ApproveAsync(id, token, actor));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Equal("Only the Commissioner can approve.", result.Message);
        var note = await NoteAsync(id);
        Assert.Equal(CommissionState.AwaitingDecision, note.State);
        Assert.Null(note.DecisionNumber);
        Assert.Null(note.DecisionRecordedAt);
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.CommissionId == id && (e.Trigger == "Approve" || e.Action == "DecisionNumbered")));
    }

    [Fact]
    public async Task A_commissioning_officer_cannot_sign_off_either()
    {
        var id = await _steps.Commissions.CreateAwaitingDecisionAsync("Officer signing off");

        var result = await _steps.Commissions.TryAsync(TestActors.CommissioningOfficer, id, (s, token) => s.RecordSignOffAsync(id, token, "Looks right to me."));

        Assert.Equal(OperationOutcome.Refused, result.Outcome);
        Assert.Contains("sign off a decision note", result.Message);
        Assert.Empty((await NoteAsync(id)).SignOffs);
    }

    [Fact]
    public async Task The_Commissioners_approval_is_numbered_and_shows_who_decided()
    {
        var id = await _steps.SignedOffAsync("Approved and numbered");

        await _steps.Commissions.SucceedAsync(TestActors.Commissioner, id, (_, token) => _steps.ApproveAsync(id, token));

        var note = await NoteAsync(id);
        Assert.Equal(CommissionState.EqualityAssessment, note.State);
        Assert.Matches($"^{_steps.Prefix}-\\d{{6}}-\\d{{3,}}$", note.DecisionNumber);
        Assert.Equal(DecisionSteps.Rationale, note.DecisionRationale);
        Assert.Equal(TestActors.Commissioner.DisplayName, note.CommissionerName);
        Assert.False(note.CanEdit);
    }
}
