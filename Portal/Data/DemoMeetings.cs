using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;

namespace Portal.Data;

/// <summary>
/// Two years of contract management on the historical reference contract (COM-0001): a quality deep dive and a performance meeting after
/// each quarter from July 2022 to March 2024, on the dates "schedule the year" proposes, each minuted; actions closed, one carried across
/// two meetings before it closed, and one of the supplier's still open and overdue; and a short risk log. Names are invented. Does nothing
/// if the contract is absent or already has meetings. Each step is in the audit trail at the moment it happened, as the portal would have written it.
/// </summary>
public static class DemoMeetings
{
    private const string Attendees = "Priya Shah, contract manager (Office of the Commissioner); Nadia Brooks, bid and contracts lead, and " +
        "Daniel Okoro, service manager (Pathways to Work CIC); Carla Mendes, IOM lead (Probation Service)";

    public static async Task EnsureAsync(IDbContextFactory<PortalDbContext> contexts, Actor officer, Actor supplierUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Number == 1, cancellationToken);
        if (commission is not { State: CommissionState.ContractManagement }) return;
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commission.Id, cancellationToken);
        if (contract is null || await db.ContractMeetings.AnyAsync(m => m.CommissionId == commission.Id, cancellationToken)) return;

        var meetings = ContractMeetings.For(contract);
        var trail = new List<(Actor Actor, DateTimeOffset At, string Action, string Summary)>();
        void Record(Actor actor, DateTimeOffset at, string action, string summary) => trail.Add((actor, at, action, summary));
        var quarters = ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn)
            .Where(q => q.Starts >= new DateOnly(2022, 7, 1) && q.Ends <= new DateOnly(2024, 3, 31)).ToList();
        var held = new Dictionary<(MeetingKind, string), Meeting>();
        foreach (var quarter in quarters)
        {
            foreach (var kind in Enum.GetValues<MeetingKind>())
            {
                var startsAt = MeetingSchedule.ProposedStart(kind, MeetingSchedule.DefaultReturnDueOn(quarter));
                var place = kind == MeetingKind.QualityDeepDive ? "Pathways to Work CIC, Town Road, Hanley, Stoke-on-Trent" : "Online (Microsoft Teams)";
                Record(officer, startsAt.AddDays(-28), "MeetingScheduled", meetings.Schedule(kind, quarter, startsAt, place, Attendees, officer, startsAt.AddDays(-28)));
                held[(kind, quarter.Name)] = meetings.Meetings[^1];
            }
        }

        Meeting At(MeetingKind kind, string quarter) => held[(kind, quarter)];
        MeetingAction Raise(Meeting meeting, string what, ActionOwnerKind owner, DateOnly due)
        {
            var action = meetings.RaiseAction(meeting.Id, what, owner, owner == ActionOwnerKind.Office ? officer.UserId : null,
                owner == ActionOwnerKind.Office ? officer.DisplayName : null, due, officer, meeting.StartsAt.AddHours(2));
            Record(officer, action.RaisedAt, "MeetingActionRaised", $"Action {action.Reference} raised at the {meeting.Title} for {action.OwnerName}, " +
                $"due {UkTime.LongDate(action.DueOn)}: {action.Description}");
            return action;
        }
        void Close(MeetingAction action, string note, DateTimeOffset at) => Record(officer, at, "MeetingActionClosed", meetings.CloseAction(action.Id, note, officer, at));
        void Progress(MeetingAction action, string note, DateTimeOffset at) =>
            Record(supplierUser, at, "MeetingActionProgress", meetings.ReportProgress(action.Id, ActionStatus.InProgress, note, supplierUser, contract.SupplierId, at));
        void AddRisk(string description, int likelihood, int impact, string mitigation, string owner, DateTimeOffset at)
        {
            var risk = meetings.AddRisk(description, likelihood, impact, mitigation, owner, officer, at);
            Record(officer, at, "ContractRiskAdded", $"Risk {risk.Reference} added ({risk.Level.ToLowerInvariant()}, {risk.Likelihood} × {risk.Impact}): {risk.Description}");
        }
        DateTimeOffset Uk(int year, int month, int day) => UkTime.FromUkLocal(new DateTime(year, month, day, 11, 0, 0));

        var pathway = Raise(At(MeetingKind.QualityDeepDive, "Q2 2022/23"), "Confirm the referral pathway with the Probation Service's IOM team in writing",
            ActionOwnerKind.Office, new DateOnly(2022, 11, 15));
        Close(pathway, "Pathway confirmed by the IOM lead on 9 November and circulated to both ETE support workers.", Uk(2022, 11, 10));

        var actionPlans = Raise(At(MeetingKind.PerformanceMeeting, "Q2 2022/23"),
            "Design an action plan document that links each service user's interventions to their initial assessment, with regular reviews",
            ActionOwnerKind.Supplier, new DateOnly(2022, 12, 16));
        Progress(actionPlans, "Draft template trialled with six service users; reviews at six-weekly intervals.", Uk(2023, 1, 20));
        Close(actionPlans, "Template in use for every new service user since 1 February; sample seen at the case file check.", Uk(2023, 2, 20));

        var safeguarding = Raise(At(MeetingKind.QualityDeepDive, "Q4 2022/23"),
            "Begin work with a service user only once the offender manager's risk and safeguarding information has been received and assessed",
            ActionOwnerKind.Supplier, new DateOnly(2023, 5, 31));
        Close(safeguarding, "Process written into the induction checklist; no case started without the information since 15 May.", Uk(2023, 6, 5));

        var referrals = Raise(At(MeetingKind.PerformanceMeeting, "Q1 2023/24"), "Share the IOM cohort's monthly referral figures from probation with the supplier",
            ActionOwnerKind.Office, new DateOnly(2023, 8, 31));
        Close(referrals, "Monthly figures now sent on the fifth working day of each month.", Uk(2023, 8, 25));

        var sustained = Raise(At(MeetingKind.PerformanceMeeting, "Q3 2023/24"),
            "Provide evidence of sustained employment at 12 weeks for the clients who started work in October to December",
            ActionOwnerKind.Supplier, new DateOnly(2024, 3, 15));
        Progress(sustained, "Employer confirmations received for four of seven clients.", Uk(2024, 3, 8));

        foreach (var meeting in meetings.Meetings.ToList())
            Record(officer, meeting.StartsAt.AddDays(2), "MeetingMinutesRecorded", meetings.RecordMinutes(meeting.Id, Minutes(meeting, meetings), "", officer, meeting.StartsAt.AddDays(2)));

        AddRisk("An ETE support worker vacancy leaves one patch without cover", 3, 4,
            "Pathways covers the patch from its Stoke team; recruitment within eight weeks", "Pathways to Work CIC", Uk(2022, 10, 25));
        AddRisk("Risk and safeguarding information reaches the provider late, so work starts without it", 3, 5,
            "Induction checklist; the IOM lead chases offender managers weekly", "Priya Shah", Uk(2023, 4, 25));
        var late = meetings.Risks[^1];
        Record(officer, Uk(2023, 6, 5), "ContractRiskUpdated",
            meetings.UpdateRisk(late.Id, late.Description, 1, 5, late.Mitigation, late.Owner, RiskStatus.Closed, officer, Uk(2023, 6, 5)));
        AddRisk("Referrals from the IOM cohort stay below the service's capacity of 30", 3, 3,
            "Monthly referral figures shared; briefing for offender managers", "Priya Shah", Uk(2023, 7, 25));

        db.ContractMeetings.Add(meetings);
        foreach (var (actor, at, action, summary) in trail.OrderBy(e => e.At))
            await AuditTrail.AppendAsync(db, commission.Id, actor, at, action, summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Minutes(Meeting meeting, ContractMeetings meetings)
    {
        var carried = meetings.CarriedForwardTo(meeting);
        var raised = meetings.RaisedAt(meeting);
        var focus = meeting.Kind == MeetingKind.QualityDeepDive
            ? "A sample of case files was checked against the initial assessments: interventions were evidenced and the service user journey recorded."
            : $"The return for {meeting.Period.Name} was reviewed against the outcomes framework; referrals, caseload against capacity and the narrative discussed.";
        var lines = new List<string> { "Present: as listed.", focus };
        lines.AddRange(carried.Select(a => $"Action {a.Reference} ({a.Description.ToLowerInvariant()}) reviewed: {(a.ClosedAt is { } at && at < meeting.StartsAt.AddDays(2) ? "closed" : "still open, carried forward")}."));
        lines.AddRange(raised.Select(a => $"New action {a.Reference}: {a.Description} — {a.OwnerName}, by {UkTime.LongDate(a.DueOn)}."));
        return string.Join("\n", lines);
    }
}
