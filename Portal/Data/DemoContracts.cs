using Microsoft.EntityFrameworkCore;
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
/// </summary>
public static class DemoContracts
{
    public const string ReferenceSupplier = "Pathways to Work CIC";
    public static readonly Money ReferenceAnnualValue = Money.FromPounds(77_500);

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
    }
}
