using Portal.Domain.Calendar;
using Portal.Domain.Common;
using Portal.Domain.Tendering;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Tendering;

/// <summary>Issuing an ITT and changing it afterwards, only ever by a numbered addendum.</summary>
public class IttAmendmentTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly InvitedSupplier[] Suppliers = [new(Guid.NewGuid(), "Pathways to Work CIC"), new(Guid.NewGuid(), "Second Chance Skills Trust")];

    private static InvitationToTender Issued()
    {
        var itt = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);
        itt.Issue(Suppliers, ProcurementOfficer, At);
        return itt;
    }

    private static List<TimetableEntry> WithTenderDeadline(InvitationToTender itt, DateOnly date, TimeOnly time) =>
        [.. itt.Content.Timetable.Where(e => e.Phase != TimetablePhase.TenderDeadline), new(TimetablePhase.TenderDeadline, date, time)];

    [Fact]
    public void Issue_invites_each_supplier_once_and_records_who_was_invited()
    {
        var itt = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);
        itt.ClearPendingChanges();

        var invitations = itt.Issue([.. Suppliers, Suppliers[0]], ProcurementOfficer, At);

        Assert.Equal(["Pathways to Work CIC", "Second Chance Skills Trust"], invitations.Select(i => i.SupplierName));
        Assert.All(invitations, i => Assert.Equal(itt.Id, i.InvitationToTenderId));
        Assert.Equal(At, itt.IssuedAt);
        Assert.Equal("ITT issued to 2 supplier(s): Pathways to Work CIC, Second Chance Skills Trust", Assert.Single(itt.PendingChanges).Summary);
    }

    [Fact]
    public void An_ITT_not_ready_or_with_no_one_to_invite_is_not_issued()
    {
        var noDocument = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        var ready = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        ready.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);

        Assert.Equal("Add at least one document.", Assert.Throws<DomainRuleException>(() => noDocument.Issue(Suppliers, ProcurementOfficer, At)).Message);
        Assert.Equal("The lot has no active supplier to invite.", Assert.Throws<DomainRuleException>(() => ready.Issue([], ProcurementOfficer, At)).Message);
        Assert.Throws<DomainRuleException>(() => ready.Issue(Suppliers, Supplier, At));
        Assert.False(ready.IsIssued);
    }

    [Fact]
    public void Dates_out_of_order_may_be_saved_in_a_draft_but_stop_the_ITT_being_issued()
    {
        var content = IttBuilder.Complete();
        var outOfOrder = content with
        {
            Timetable = content.Timetable.Select(e => e.Phase == TimetablePhase.ClarificationDeadline ? e with { Date = new DateOnly(2027, 3, 30) } : e).ToList(),
        };
        var itt = InvitationToTender.Start(Guid.NewGuid(), outOfOrder, ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);

        var refused = Assert.Throws<DomainRuleException>(() => itt.Issue(Suppliers, ProcurementOfficer, At));

        Assert.Equal("Put the timetable in order: Tender deadline (29 March 2027) is before clarification deadline (30 March 2027).", refused.Message);
        Assert.False(itt.IsIssued);
    }

    [Fact]
    public void A_supplier_declines_once_with_a_reason_before_the_deadline()
    {
        var itt = InvitationToTender.Start(Guid.NewGuid(), IttBuilder.Complete(), ProcurementOfficer, At);
        itt.AddDocument(IttDocumentKind.Specification, "Service specification", IttBuilder.File(), ProcurementOfficer, At);
        var invitation = itt.Issue(Suppliers, ProcurementOfficer, At)[0];

        Assert.Equal("Say why you are not bidding: it helps the office plan future tenders.",
            Assert.Throws<DomainRuleException>(() => invitation.Decline(" ", itt.TenderDeadline, Supplier, At)).Message);
        Assert.Equal("The tender deadline has passed; there is nothing left to decline.",
            Assert.Throws<DomainRuleException>(() => invitation.Decline("Too late.", itt.TenderDeadline, Supplier, itt.TenderDeadline!.Value)).Message);
        Assert.Throws<DomainRuleException>(() => invitation.Decline("Not ours to say.", itt.TenderDeadline, ProcurementOfficer, At));

        invitation.Decline("  We cannot staff a women-only service in time.  ", itt.TenderDeadline, Supplier, At);

        Assert.True(invitation.HasDeclined);
        Assert.Equal("We cannot staff a women-only service in time.", invitation.DeclineReason);
        Assert.Equal(Supplier.DisplayName, invitation.DeclinedByName);
        Assert.Equal("Your organisation has already declined to bid for this tender.",
            Assert.Throws<DomainRuleException>(() => invitation.Decline("Again.", itt.TenderDeadline, Supplier, At)).Message);
    }

    [Fact]
    public void After_issue_the_builder_refuses_changes_and_an_addendum_carries_them()
    {
        var itt = Issued();

        var refused = Assert.Throws<DomainRuleException>(() => itt.Update(IttBuilder.Complete() with { PriceWeightingPercent = 20 }, ProcurementOfficer, At));
        var addendum = itt.AmendDocument(itt.Documents[0].Id, IttDocumentKind.Specification, null, IttBuilder.File(), "Referral volumes added.", null,
            ProcurementOfficer, At.AddDays(1));

        Assert.Equal(InvitationToTender.AfterIssueMessage, refused.Message);
        Assert.Equal(1, addendum.Number);
        Assert.Equal(2, itt.Documents[0].Current.Number);
        Assert.Equal("Referral volumes added.", addendum.Explanation);
        Assert.Single(addendum.ChangeLines);
    }

    [Fact]
    public void A_tender_deadline_moved_later_is_described_in_UK_time_and_audited_with_its_reason()
    {
        var itt = Issued();
        itt.ClearPendingChanges();

        var addendum = itt.AmendTimetable(WithTenderDeadline(itt, new DateOnly(2027, 4, 5), new TimeOnly(12, 0)), "More time for partnerships.",
            ProcurementOfficer, At.AddDays(2));

        Assert.Equal(["Tender deadline: 29 March 2027 at 12:00 → 5 April 2027 at 12:00"], addendum.ChangeLines);
        Assert.Equal(new DateTimeOffset(2027, 4, 5, 11, 0, 0, TimeSpan.Zero), itt.TenderDeadline);
        var audit = itt.PendingChanges.Single(c => c.Action == "DeadlineChanged");
        Assert.Contains("2027-03-29T11:00:00", audit.Before);
        Assert.Contains("More time for partnerships.", audit.After);
    }

    [Fact]
    public void Deadlines_do_not_move_earlier_or_after_they_pass_and_nothing_changes_after_the_tender_deadline()
    {
        var itt = Issued();
        var earlier = WithTenderDeadline(itt, new DateOnly(2027, 3, 22), new TimeOnly(12, 0));
        var clarificationLater = itt.Content.Timetable
            .Select(e => e.Phase == TimetablePhase.ClarificationDeadline ? e with { Date = new DateOnly(2027, 3, 17) } : e).ToList();

        Assert.Equal("The tender deadline can only move later once the ITT is issued: suppliers have planned around it.",
            Assert.Throws<DomainRuleException>(() => itt.AmendTimetable(earlier, "Sooner.", ProcurementOfficer, At)).Message);
        Assert.Equal("The clarification deadline has passed; it can no longer change.",
            Assert.Throws<DomainRuleException>(() => itt.AmendTimetable(clarificationLater, "Reopen.", ProcurementOfficer, new DateTimeOffset(2027, 3, 16, 9, 0, 0, TimeSpan.Zero))).Message);
        Assert.Equal("The tender deadline has passed; the ITT can no longer change.",
            Assert.Throws<DomainRuleException>(() => itt.AmendDocument(null, IttDocumentKind.Other, "Late", IttBuilder.File(), "Late.", null, ProcurementOfficer,
                new DateTimeOffset(2027, 3, 29, 11, 0, 0, TimeSpan.Zero))).Message);
        Assert.Equal(0, itt.AddendumCount);
    }

    [Theory]
    // The deadline is Easter Monday, 29 March 2027: Good Friday and Easter Monday are not working days.
    [InlineData("2027-03-22T09:00:00Z", true)]  // Monday before: 23, 24 and 25 March are left
    [InlineData("2027-03-19T09:00:00Z", true)]  // Friday before: four working days are left
    [InlineData("2027-03-18T09:00:00Z", false)] // Thursday before: five working days are left
    public void A_change_in_the_last_working_days_is_late_and_an_extension_keeps_the_time_of_day(string now, bool late)
    {
        var itt = Issued();

        Assert.Equal(late, itt.IsLateChange(DateTimeOffset.Parse(now)));
        Assert.Equal(new DateTimeOffset(2027, 4, 5, 11, 0, 0, TimeSpan.Zero), itt.SuggestedExtension()); // 12:00 BST, five working days on
    }
}
