using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.DecisionNotes;
using Portal.Domain.Identity;
using static Portal.Domain.Commissions.CommissionState;
using static Portal.Domain.Commissions.CommissionTrigger;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.DecisionNotes;

/// <summary>
/// A note is amended in place until someone signs it. After a sign-off an edit starts a new version, the sign-offs on
/// the earlier version stop counting, and each keeps the hash of what its signer saw.
/// </summary>
public class SignOffVoidingTests
{
    private static readonly ApproverPosition[] Signers =
        [ApproverPosition.ChiefExecutive, ApproverPosition.Section151Officer, ApproverPosition.MonitoringOfficer];

    private static DecisionNoteVersion Version(Commission c, int number) => c.NoteVersions.Single(v => v.Number == number);

    [Fact]
    public void An_edit_before_any_sign_off_amends_the_same_version()
    {
        var builder = CommissionBuilder.At(DecisionNoteDraft);
        var c = builder.Commission;
        var hashBefore = c.CurrentNoteVersion!.ContentHash;
        var edited = c.DecisionNote with { Summary = "A shorter summary." };

        c.UpdateDecisionNote(edited, CommissioningOfficer, builder.Now.AddMinutes(5));

        Assert.Equal(1, c.DecisionNoteVersion);
        var only = Assert.Single(c.NoteVersions);
        Assert.NotEqual(hashBefore, only.ContentHash);
        Assert.Equal(DecisionNoteVersion.HashOf(DecisionNoteVersion.Serialize(edited)), only.ContentHash);
        Assert.Equal("A shorter summary.", only.Content.Summary);
        Assert.Equal(builder.Now.AddMinutes(5), only.SavedAt);
    }

    [Fact]
    public void Saving_the_same_content_again_changes_nothing()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        var changesBefore = c.PendingChanges.Count;

        c.UpdateDecisionNote(c.DecisionNote with { }, CommissioningOfficer, builder.Now);

        Assert.Equal(1, c.DecisionNoteVersion);
        Assert.Single(c.NoteVersions);
        Assert.All(Signers, p => Assert.True(c.HasSignOff(p)));
        Assert.Equal(changesBefore, c.PendingChanges.Count);
    }

    [Fact]
    public void An_edit_after_sign_off_starts_a_new_version_and_voids_the_sign_offs()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        var signedHash = c.CurrentNoteVersion!.ContentHash;
        var originalSummary = c.DecisionNote.Summary;

        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Revised after the Section 151 Officer's comments." }, CommissioningOfficer, builder.Now);

        Assert.Equal(2, c.DecisionNoteVersion);
        Assert.Equal([1, 2], c.NoteVersions.Select(v => v.Number).Order());
        Assert.Equal(signedHash, Version(c, 1).ContentHash);
        Assert.Equal(originalSummary, Version(c, 1).Content.Summary);
        Assert.NotEqual(signedHash, Version(c, 2).ContentHash);
        Assert.Equal(3, c.SignOffs.Count);
        Assert.All(c.SignOffs, s =>
        {
            Assert.Equal(1, s.NoteVersion);
            Assert.Equal(signedHash, s.ContentHash);
        });
        Assert.All(Signers, p => Assert.False(c.HasSignOff(p)));
        Assert.Contains(c.PendingChanges, ch => ch.Action == "DecisionNoteUpdated" && ch.Summary.Contains("earlier sign-offs void"));
    }

    [Fact]
    public void Approval_names_every_position_whose_sign_off_was_voided()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        c.UpdateDecisionNote(c.DecisionNote with { Recommendation = "A changed recommendation." }, CommissioningOfficer, builder.Now);

        var refused = Assert.Throws<DomainRuleException>(() => builder.Fire(Approve));

        Assert.Contains("The Chief Executive has not signed off version 2 of the decision note.", refused.Message);
        Assert.Contains("The Section 151 Officer has not signed off version 2 of the decision note.", refused.Message);
        Assert.Contains("The Monitoring Officer has not signed off version 2 of the decision note.", refused.Message);
        Assert.Equal(AwaitingDecision, c.State);
        Assert.False(c.NeedsDecisionNumber);
    }

    [Fact]
    public void One_sign_off_is_enough_to_freeze_the_version()
    {
        var builder = CommissionBuilder.At(AwaitingDecision, GuardNames.Section151Signed, GuardNames.MonitoringOfficerSigned);
        var c = builder.Commission;

        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Edited after the Chief Executive signed." }, CommissioningOfficer, builder.Now);

        Assert.Equal(2, c.DecisionNoteVersion);
        Assert.Equal(2, c.NoteVersions.Count);
        Assert.False(c.HasSignOff(ApproverPosition.ChiefExecutive));
    }

    [Fact]
    public void Further_edits_before_anyone_signs_the_new_version_amend_it_in_place()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        c.UpdateDecisionNote(c.DecisionNote with { Summary = "First revision." }, CommissioningOfficer, builder.Now);

        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Second revision." }, CommissioningOfficer, builder.Now.AddMinutes(1));

        Assert.Equal(2, c.DecisionNoteVersion);
        Assert.Equal(2, c.NoteVersions.Count);
        Assert.Equal("Second revision.", Version(c, 2).Content.Summary);
    }

    [Fact]
    public void Signing_the_new_version_again_lets_the_Commissioner_approve_with_that_versions_hash()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Revised." }, CommissioningOfficer, builder.Now);

        c.RecordSignOff(ChiefExecutive, "Recommended again.", builder.Now);
        c.RecordSignOff(Section151Officer, "Still affordable.", builder.Now);
        c.RecordSignOff(MonitoringOfficer, "Still lawful.", builder.Now);
        builder.Fire(Approve);

        Assert.Equal(EqualityAssessment, c.State);
        Assert.Equal(6, c.SignOffs.Count);
        Assert.All(c.SignOffs.Where(s => s.NoteVersion == 2), s => Assert.Equal(Version(c, 2).ContentHash, s.ContentHash));
        Assert.All(c.SignOffs.Where(s => s.NoteVersion == 1), s => Assert.Equal(Version(c, 1).ContentHash, s.ContentHash));
    }

    [Fact]
    public void Changes_between_versions_list_exactly_the_fields_changed()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Revised summary.", AnnualValueHigh = Money.FromPounds(85_000) },
            CommissioningOfficer, builder.Now);

        var changes = DecisionNoteChanges.Between(Version(c, 1).Content, Version(c, 2).Content);

        Assert.Equal([nameof(DecisionNoteContent.AnnualValueHigh), nameof(DecisionNoteContent.Summary)], changes.Keys.Order());
        Assert.Equal(("£80,000", "£85,000"), changes[nameof(DecisionNoteContent.AnnualValueHigh)]);
        Assert.Equal((Version(c, 1).Content.Summary, "Revised summary."), changes[nameof(DecisionNoteContent.Summary)]);
        Assert.Empty(DecisionNoteChanges.Between(Version(c, 1).Content, Version(c, 1).Content));
    }

    [Fact]
    public void After_return_for_changes_the_edit_makes_the_next_version_and_the_sign_offs_stay_void()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        builder.Fire(ReturnForChanges);

        c.UpdateDecisionNote(c.DecisionNote with { Summary = "Rewritten as the Commissioner asked." }, CommissioningOfficer, builder.Now);

        Assert.Equal(DecisionNoteDraft, c.State);
        Assert.Equal(2, c.DecisionNoteVersion);
        Assert.Equal([1, 2], c.NoteVersions.Select(v => v.Number).Order());
        Assert.Equal("Rewritten as the Commissioner asked.", c.CurrentNoteVersion!.Content.Summary);
        Assert.All(Signers, p => Assert.False(c.HasSignOff(p)));
    }

    [Fact]
    public void A_note_resubmitted_unchanged_after_return_is_signed_with_the_hash_of_its_content()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;
        var contentHash = c.CurrentNoteVersion!.ContentHash;
        builder.Fire(ReturnForChanges).Fire(SubmitForDecision);

        c.RecordSignOff(ChiefExecutive, "Recommended as it stands.", builder.Now);

        var signOff = c.SignOffs.Single(s => s.NoteVersion == c.DecisionNoteVersion);
        Assert.NotNull(c.CurrentNoteVersion);
        Assert.Equal(c.CurrentNoteVersion.ContentHash, signOff.ContentHash);
        Assert.Equal(contentHash, signOff.ContentHash);
        Assert.False(c.HasSignOff(ApproverPosition.Section151Officer));
    }

    [Theory]
    [InlineData(Approve)]
    [InlineData(Decline)]
    public void Editing_is_refused_once_the_Commissioner_has_decided(CommissionTrigger decision)
    {
        var builder = CommissionBuilder.At(AwaitingDecision).Fire(decision);
        var c = builder.Commission;
        var hash = c.CurrentNoteVersion!.ContentHash;

        var refused = Assert.Throws<DomainRuleException>(() =>
            c.UpdateDecisionNote(c.DecisionNote with { Summary = "Rewriting history." }, CommissioningOfficer, builder.Now));

        Assert.StartsWith("You cannot edit the decision note now", refused.Message);
        Assert.Single(c.NoteVersions);
        Assert.Equal(hash, c.CurrentNoteVersion.ContentHash);
        Assert.NotEqual("Rewriting history.", c.DecisionNote.Summary);
    }

    [Fact]
    public void Only_a_commissioning_officer_edits_the_note()
    {
        var builder = CommissionBuilder.At(AwaitingDecision);
        var c = builder.Commission;

        var refused = Assert.Throws<DomainRuleException>(() =>
            c.UpdateDecisionNote(c.DecisionNote with { Summary = "The Chief Executive's own words." }, ChiefExecutive, builder.Now));

        Assert.Contains("edit the decision note", refused.Message);
        Assert.Single(c.NoteVersions);
        Assert.True(c.HasSignOff(ApproverPosition.ChiefExecutive));
    }
}
