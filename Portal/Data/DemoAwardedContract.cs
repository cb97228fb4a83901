using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Components.Mobilisation;
using Portal.Domain.Commissions;
using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Frameworks;
using Portal.Domain.Identity;
using static Portal.Data.DemoUsers;

namespace Portal.Data;

/// <summary>
/// COM-0006: a commission awarded three weeks ago to Pathways to Work CIC, whose contract is not signed yet, with its mobilisation
/// plan made from the default template as a confirmed award makes it: the office and the supplier have their items to complete,
/// and the first of them are already overdue. Its tender, like the 2022 one, was run outside the portal: the commission is moved
/// through the real workflow, and the contract and plan are made by the domain as an award confirmation makes them.
/// </summary>
public sealed partial class DemoDataSeeder
{
    public const string AwardedTitle = "Accommodation and Resettlement Support for Prison Leavers";

    private Commission AwardedCommission()
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var note = ReferenceCommission.DecisionNote(today.AddDays(-20), today.AddDays(-120), CommissioningOfficer.DisplayName, today.AddDays(-130)) with
        {
            Title = AwardedTitle,
            Summary = "Help for people leaving prison to find and keep a home: housing applications before release, a key worker for the first " +
                "six months, and a route into employment support once settled.",
            AnnualValueLow = Money.FromPounds(75_000),
            AnnualValueHigh = Money.FromPounds(80_000),
        };
        var c = Commission.Create(6, note, As(CommissioningOfficer), now.AddDays(-135));
        Decide(c, new DecisionSignOffs("The call-off route is lawful and within the Decision Making Policy.",
            "Affordable within the reducing reoffending budget.", "I recommend approval."),
            submitted: now.AddDays(-128), signedOff: now.AddDays(-125), recommended: now.AddDays(-124), approved: now.AddDays(-120),
            "Approved: housing is the first need on release.");
        PassEqualityAssessment(c, ReferenceCommission.EqualityAssessment(today.AddDays(-118)) with
        {
            TitleOfPolicy = "Commissioning of Accommodation and Resettlement Support",
        }, now.AddDays(-118), now.AddDays(-117), now.AddDays(-115));
        c.RecordIttReadiness(As(ProcurementOfficer), 100, 4, 3, now.AddDays(-112));
        c.SetTenderTimetable(As(ProcurementOfficer), now.AddDays(-100), now.AddDays(-85), now.AddDays(-112));
        Move(c, CommissionTrigger.IssueItt, As(ProcurementOfficer), now.AddDays(-110));
        Move(c, CommissionTrigger.ClarificationDeadlinePassed, Actor.System, now.AddDays(-100).AddMinutes(1), "The deadline passed");
        c.RecordTenderReceived(As(ProcurementOfficer), now.AddDays(-88));
        c.RecordTenderReceived(As(ProcurementOfficer), now.AddDays(-87));
        Move(c, CommissionTrigger.TenderDeadlinePassed, Actor.System, now.AddDays(-85).AddMinutes(1), "The deadline passed");
        c.ConfirmTenderOpening(As(SecondProcurementOfficer), now.AddDays(-85).AddHours(2));
        Move(c, CommissionTrigger.OpenTenders, As(ProcurementOfficer), now.AddDays(-85).AddHours(3));
        c.RecordEvaluationProgress(As(ProcurementOfficer), true, true, true, now.AddDays(-60));
        c.SetStandstillEnd(As(ProcurementOfficer), now.AddDays(-35),
            "Voluntary standstill for a framework call-off: 10 calendar days from the intention to award", now.AddDays(-46));
        Move(c, CommissionTrigger.IssueIntentionToAward, As(ProcurementOfficer), now.AddDays(-45));
        Move(c, CommissionTrigger.ConfirmAward, As(ProcurementOfficer), now.AddDays(-21));
        return c;
    }

    /// <summary>The contract and its plan, as confirming the award makes them, in one transaction with their audit events.</summary>
    private async Task SaveAwardedContractAsync(Commission commission, SupplierOrganisation supplier, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkTime.DateOf(now);
        var awardedAt = now.AddDays(-21);
        var annual = Money.FromPounds(78_000);
        var contract = Contract.Award(new ContractTerms(commission.Id, ResponseId: Guid.Empty, supplier.Id, supplier.Name, commission.Title,
            ContractValue.OverMonths(annual, 24), annual, today.AddDays(-20), today.AddDays(36), InitialTermMonths: 24,
            ExtensionOptionCount: 2, ExtensionOptionMonths: 12, now.AddDays(-45), now.AddDays(-45), commission.StandstillEndsAt!.Value,
            "Voluntary standstill for a framework call-off: 10 calendar days from the intention to award"), As(ProcurementOfficer), awardedAt);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Contracts.Add(contract);
        var plan = await MobilisationPlans.CreateAtAwardAsync(db, contract, awardedAt, cancellationToken);
        await AuditTrail.AppendAsync(db, commission.Id, As(ProcurementOfficer), awardedAt, "MobilisationPlanCreated",
            $"Mobilisation plan made from the template: {plan.Items.Count} items, {plan.Items.Count(i => i.Mandatory)} of them mandatory", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
