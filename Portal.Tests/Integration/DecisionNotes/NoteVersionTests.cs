using Microsoft.EntityFrameworkCore;
using Portal.Components.DecisionNotes;
using Portal.Domain.Commissions;
using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Tests.Integration.DecisionNotes;

/// <summary>Save, sign, save again: both versions are stored, they can be compared, and the earlier sign-off shows as void.</summary>
public sealed class NoteVersionTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    private readonly DecisionSteps _steps = new(app);

    private DecisionNoteService Notes => app.ServiceFor<DecisionNoteService>(TestActors.CommissioningOfficer);

    private async Task<DecisionNoteView> NoteAsync(Guid id)
    {
        var view = await Notes.GetAsync(id);
        Assert.True(view.Succeeded, view.Message);
        return view.Value!;
    }

    private async Task SaveAsync(Guid id, Func<Portal.Domain.DecisionNotes.DecisionNoteContent, Portal.Domain.DecisionNotes.DecisionNoteContent> edit)
    {
        var page = await NoteAsync(id);
        var saved = await Notes.SaveAsync(id, page.ConcurrencyToken, edit(page.Content));
        Assert.True(saved.Succeeded, saved.Message);
    }

    [Fact]
    public async Task An_edit_after_a_sign_off_keeps_both_versions_and_voids_the_sign_off()
    {
        var id = await _steps.Commissions.CreateAsync("Versioned note");
        await SaveAsync(id, c => c with { Summary = "The first summary, as signed." });
        await _steps.Commissions.SucceedAsync(TestActors.CommissioningOfficer, id, (s, token) => s.FireAsync(id, token, CommissionTrigger.SubmitForDecision));
        await _steps.Commissions.SucceedAsync(TestActors.ChiefExecutive, id, (s, token) => s.RecordSignOffAsync(id, token, "I recommend this."));
        var signed = await NoteAsync(id);

        await SaveAsync(id, c => c with { Summary = "The second summary, written after the sign-off." });

        var note = await NoteAsync(id);
        Assert.Equal(2, note.CurrentVersion);
        Assert.Equal([2, 1], note.Versions.Select(v => v.Number));
        Assert.True(note.Versions[0].IsCurrent);
        Assert.True(note.Versions[1].IsSigned);
        Assert.False(note.Versions[0].IsSigned);
        Assert.Equal(signed.Versions.Single().ContentHash, note.Versions[1].ContentHash);
        Assert.NotEqual(note.Versions[1].ContentHash, note.Versions[0].ContentHash);
        var signOff = Assert.Single(note.SignOffs);
        Assert.True(signOff.IsVoid);
        Assert.Equal(1, signOff.NoteVersion);
        Assert.Equal(note.Versions[1].ContentHash, signOff.ContentHash);
        Assert.Null(note.SignOffBy(ApproverPosition.ChiefExecutive));
        Assert.Equal(CommissionState.AwaitingDecision, note.State);

        var first = await Notes.GetVersionAsync(id, 1);
        Assert.Equal("The first summary, as signed.", first.Value!.Summary);
        Assert.Equal("The second summary, written after the sign-off.", note.Content.Summary);
    }

    [Fact]
    public async Task Two_versions_compare_field_by_field_with_before_and_after()
    {
        var id = await _steps.Commissions.CreateAwaitingDecisionAsync("Compared note");
        await _steps.Commissions.SucceedAsync(TestActors.MonitoringOfficer, id, (s, token) => s.RecordSignOffAsync(id, token, "Lawful."));
        var before = (await NoteAsync(id)).Content;

        await SaveAsync(id, c => c with { Recommendation = "That the Commissioner approves a call-off with one extension only.", ExtensionOptionCount = 1 });

        var comparison = await Notes.CompareAsync(id, 1, 2);
        Assert.True(comparison.Succeeded, comparison.Message);
        Assert.Equal([1, 2], new[] { comparison.Value!.From, comparison.Value.To });
        Assert.Equal(
            [
                new("Recommendation", before.Recommendation, "That the Commissioner approves a call-off with one extension only."),
                new Portal.Domain.DecisionNotes.FieldChange("Extension options", "2", "1"),
            ],
            comparison.Value.Changes);
        var missing = await Notes.CompareAsync(id, 1, 3);
        Assert.Equal(OperationOutcome.NotFound, missing.Outcome);
    }

    [Fact]
    public async Task The_audit_trail_records_that_the_sign_offs_were_voided_and_what_changed()
    {
        var id = await _steps.SignedOffAsync("Audited re-edit");

        await SaveAsync(id, c => c with { ProcurementTimetable = "A revised timetable." });

        await using var db = await app.OpenDbAsync();
        var update = await db.AuditEvents.Where(e => e.CommissionId == id && e.Action == "DecisionNoteUpdated").OrderBy(e => e.Id).LastAsync();
        Assert.Equal("Decision note changed after sign-off: version 2 started, earlier sign-offs void", update.Summary);
        Assert.Equal(nameof(Portal.Domain.DecisionNotes.DecisionNoteContent.ProcurementTimetable), update.Reason);
        Assert.Contains("A revised timetable.", update.After);
    }

    [Fact]
    public async Task A_stale_page_cannot_overwrite_a_newer_save()
    {
        var id = await _steps.Commissions.CreateAsync("Raced note");
        var stale = await NoteAsync(id);
        await SaveAsync(id, c => c with { Summary = "Saved first." });

        var second = await Notes.SaveAsync(id, stale.ConcurrencyToken, stale.Content with { Summary = "Saved from a stale page." });

        Assert.Equal(OperationOutcome.Conflict, second.Outcome);
        Assert.Equal("Saved first.", (await NoteAsync(id)).Content.Summary);
    }
}
