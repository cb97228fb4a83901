using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;

namespace Portal.Data;

/// <summary>
/// The contract the historical reference commission (COM-0001) was awarded in April 2022, so the public register lists it:
/// Pathways to Work CIC, £77,500 a year (£155,000 over the initial two years, inside the decision's £150,000 to £160,000),
/// effective 1 May 2022 and commencing 27 June 2022 (eight weeks after award, as the seed's timetable allows), with two
/// optional 12-month extensions. The award's facts (letters, standstill, confirmation) are taken from the commission's own
/// audit trail, so they match its timetable. Does nothing if that commission is absent, not awarded, or already has it.
/// Then its management: co-commissioning was to be explored from the first extension, so a partner organisation (invented)
/// funds part of both extension periods; the Commissioner approved the first option in January 2024 and the second in January
/// 2025, so the term ended on 30 April 2026 and the contract now waits for its owner to close it.
/// </summary>
public static class DemoContracts
{
    public const string ReferenceSupplier = "Pathways to Work CIC";
    public static readonly Money ReferenceAnnualValue = Money.FromPounds(77_500);
    public const string ReferencePartner = "Trentside Skills and Employment Partnership";
    public static readonly Money FirstExtensionContribution = Money.FromPounds(15_500);
    public static readonly Money SecondExtensionContribution = Money.FromPounds(19_375);

    public static async Task EnsureAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Number == 1, cancellationToken);
        if (commission is not { StandstillEndsAt: { } standstillEnded }
            || commission.State is not (CommissionState.ContractManagement or CommissionState.Mobilisation or CommissionState.Awarded)
            || await db.Contracts.AnyAsync(c => c.CommissionId == commission.Id, cancellationToken))
            return;
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.CommissionId == commission.Id).ToListAsync(cancellationToken);
        var letters = events.Single(e => e.Trigger == nameof(CommissionTrigger.IssueIntentionToAward));
        var award = events.Single(e => e.Trigger == nameof(CommissionTrigger.ConfirmAward));
        var rule = events.Last(e => e.Action == "StandstillEndSet").Reason ?? "";
        var supplier = await db.SupplierOrganisations.AsNoTracking().SingleAsync(s => s.Name == ReferenceSupplier, cancellationToken);
        var terms = new ContractTerms(commission.Id, ResponseId: Guid.Empty, supplier.Id, supplier.Name, commission.Title,
            ContractValue.OverMonths(ReferenceAnnualValue, 24), ReferenceAnnualValue, new DateOnly(2022, 5, 1), new DateOnly(2022, 6, 27),
            InitialTermMonths: 24, ExtensionOptionCount: 2, ExtensionOptionMonths: 12,
            AssessmentSummariesSentAt: letters.OccurredAt, StandstillStartedAt: letters.OccurredAt, StandstillEndedAt: standstillEnded, StandstillRule: rule);
        var officer = new Actor(award.ActorId, award.ActorName, new HashSet<string> { Roles.ProcurementOfficer });
        // The tenders of 2022 were taken outside the portal, so there is no response to point to: ResponseId stays empty.
        db.Contracts.Add(Contract.Award(terms, officer, award.OccurredAt));
        await db.SaveChangesAsync(cancellationToken);
        await ManageAsync(contexts, commission.Id, cancellationToken);
    }

    /// <summary>The reference contract's extensions and co-commissioning, recorded through the contract's and the commission's own rules.</summary>
    private static async Task ManageAsync(IDbContextFactory<PortalDbContext> contexts, Guid commissionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.SingleAsync(c => c.CommissionId == commissionId, cancellationToken);
        var commission = await db.Commissions.SingleAsync(c => c.Id == commissionId, cancellationToken);
        if (commission.State != CommissionState.ContractManagement || commission.ExtensionsTaken != 1) return;
        var commissioner = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoUsers.Commissioner.Email, cancellationToken);
        var approver = new Actor(commissioner.Id, commissioner.DisplayName, new HashSet<string> { Roles.Approver }, ApproverPosition.Commissioner);
        var ownerActor = new Actor(commission.OwnerId, commission.OwnerName, new HashSet<string> { Roles.CommissioningOfficer });
        var owner = new ContractOwner(commission.OwnerId, commission.OwnerName);
        var named = new NamedApprover(approver.UserId, approver.DisplayName);

        var partner = contract.AddPartner(owner, ReferencePartner, "commissioning@trentside-partnership.test", ownerActor, Uk(2023, 11, 20));
        contract.SetContribution(owner, partner.Id, 1, FirstExtensionContribution, ownerActor, Uk(2023, 12, 4));
        // The commission took the first extension when its history was seeded; here the contract records the approval behind it.
        var first = contract.ProposeExtension(owner, named,
            "Outcomes at the half-yearly review are on target, and a partner will fund a fifth of the extension year.", ownerActor, Uk(2024, 1, 8));
        contract.Approve(first.Id, "Approved: good value, and co-funding reduces the Commissioner's share.", approver, Uk(2024, 1, 15));

        contract.SetContribution(owner, partner.Id, 2, SecondExtensionContribution, ownerActor, Uk(2024, 12, 2));
        var second = contract.ProposeExtension(owner, named,
            "Second-year outcomes met; the partnership will fund a quarter of the final year.", ownerActor, Uk(2025, 1, 6));
        var at = Uk(2025, 1, 13);
        contract.Approve(second.Id, "Approved for a final year; the service is to be recommissioned for May 2026.", approver, at);
        commission.Fire(CommissionTrigger.TakeExtension, new TransitionRequest(ownerActor, at,
            $"Take extension option 2 approved by {approver.DisplayName} on {UkTime.LongDate(at)}: {second.Reason}",
            NewDate: new DateTimeOffset(contract.CurrentEndsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        var history = contract.History.Select(h => new CommissionChange(
            new Actor(h.ActorId, h.ActorName, new HashSet<string>()), h.At, h.Action, h.What, Reason: h.Reason)).ToList();
        await AuditTrail.AppendAsync(db, commissionId, history, cancellationToken);
        await AuditTrail.AppendAsync(db, commission, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset Uk(int year, int month, int day) => UkTime.FromUkLocal(new DateTime(year, month, day, 10, 0, 0));
}
