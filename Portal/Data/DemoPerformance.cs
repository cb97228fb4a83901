using Microsoft.EntityFrameworkCore;
using Portal.Components.Audit;
using Portal.Domain.Identity;
using Portal.Domain.Performance;
using static Portal.Data.DemoUsers;

namespace Portal.Data;

/// <summary>
/// The historical reference contract's (COM-0001) outcomes framework and returns, so its trends and ratings have substance: the
/// reference set with capacity 30 and invented targets, set up a fortnight after the service commenced; a return for every
/// quarter of the service, each made by the domain as the supplier's users and officers would have made it. Most figures are
/// verified; the Q3 2022/23 return came in late; in Q4 2023/24 the office queried the clients starting placements and the
/// supplier answered with a correction, which waits to be verified, as does the whole of the last return.
/// COM-0006 gets no framework: it is still being mobilised.
/// </summary>
public sealed partial class DemoDataSeeder
{
    /// <summary>Targets for a full quarter; a shorter period's counts are scaled by its length. Progress against plans is a percentage.</summary>
    private static readonly Dictionary<string, decimal> QuarterTargets = new()
    {
        ["training-placements"] = 6, ["employment-placements"] = 5, ["clients-referred"] = 20, ["pathway-progress"] = 75,
        ["clients-starting"] = 12, ["clients-completing"] = 8, ["community-orders-completed"] = 6, ["not-reoffending"] = 24,
        ["employed-4-weeks"] = 5, ["employed-8-weeks"] = 4, ["employed-12-weeks"] = 3,
    };

    /// <summary>How each period went against its targets: a slow start, a dip in the first winter, steadier since.</summary>
    private static readonly decimal[] Delivery = [0.5m, 0.8m, 0.82m, 0.95m, 1.05m, 1.0m, 1.1m, 0.9m, 1.0m];

    private const int LatePeriod = 2;
    private const int QueriedPeriod = 7;

    private async Task SeedPerformanceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Number == 1, cancellationToken);
        var contract = commission is null ? null : await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.CommissionId == commission.Id, cancellationToken);
        if (commission is null || contract is null || await db.OutcomesFrameworks.AnyAsync(f => f.ContractId == contract.Id, cancellationToken)) return;
        var officer = As(CommissioningOfficer);
        var supplier = As(Suppliers[0]);
        var periods = ReportingPeriods.Between(contract.CommencementDate, contract.CurrentEndsOn);
        var setUpAt = At(contract.CommencementDate.AddDays(14));

        var framework = OutcomesFramework.FromReferenceSet(contract, 30, RagThresholds.Default, 15, officer, setUpAt);
        framework.SetTargets(framework.Measures.SelectMany(m => periods.Select(p => (m.Id, p.Starts, (decimal?)TargetFor(m, p)))).ToList(), periods, officer);
        db.OutcomesFrameworks.Add(framework);
        var events = new List<(DateTimeOffset At, Actor Actor, string Action, string Summary)>
        {
            (setUpAt, officer, "OutcomesFrameworkSetUp", "Outcomes framework set up from the reference set: 11 measures, capacity 30, green from 100%, amber from 85%, returns due 15 days after each period; targets set for every quarter"),
        };
        for (var index = 0; index < periods.Count; index++)
            db.SupplierReturns.Add(DemoReturn(framework, periods[index], index, index == periods.Count - 1, officer, supplier, events));
        foreach (var e in events.OrderBy(e => e.At))
            await AuditTrail.AppendAsync(db, commission.Id, e.Actor, e.At, e.Action, e.Summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private SupplierReturn DemoReturn(OutcomesFramework framework, ReportingPeriod period, int index, bool last, Actor officer, Actor supplier,
        List<(DateTimeOffset, Actor, string, string)> events)
    {
        var supplierId = framework.SupplierId;
        var submittedOn = period.Ends.AddDays(index == LatePeriod ? 26 : 10);
        var submittedAt = At(submittedOn);
        var supplierReturn = SupplierReturn.Start(framework, period, supplier, supplierId, At(period.Starts));
        var caseload = index == 6 ? 31 : 22 + index;
        supplierReturn.SaveDraft(new ReturnEntry(18 + index, 15 + index, caseload, Narrative(period, index), CaseStudy(index),
            framework.Measures.Select(m => Figure(m, period, index)).ToList()), framework, supplier, supplierId, submittedAt);
        supplierReturn.Submit(framework, supplier, supplierId, submittedAt);
        var late = index == LatePeriod ? ", late (due " + Portal.Domain.Common.UkTime.LongDate(supplierReturn.DueOn) + ")" : "";
        events.Add((submittedAt, supplier, "ReturnSubmitted", $"{period.Name} return: submitted by {supplier.DisplayName}{late}"));
        if (last) return supplierReturn;

        var checkedAt = At(submittedOn.AddDays(12));
        var starting = framework.Measures.Single(m => m.Key == "clients-starting");
        if (index == QueriedPeriod)
        {
            supplierReturn.Query(starting.Id, "Twelve starts in a quarter when two placements providers closed? Please check against your placement log.", officer, At(submittedOn.AddDays(5)));
            events.Add((At(submittedOn.AddDays(5)), officer, "ReturnFigureQueried", $"{period.Name} return: \"{starting.Name}\" queried"));
            supplierReturn.Answer(starting.Id, "Two of those starts were deferred to April when a placement provider closed; corrected to 10.", 10,
                [new BreakdownCount("Sex", "Female", 2), new BreakdownCount("Sex", "Male", 8), new BreakdownCount("Age", "18 to 24", 3)],
                framework, supplier, supplierId, At(submittedOn.AddDays(8)));
            events.Add((At(submittedOn.AddDays(8)), supplier, "ReturnQueryAnswered", $"{period.Name} return: query on \"{starting.Name}\" answered; figure corrected to 10"));
        }
        foreach (var measure in framework.Measures.Where(m => index != QueriedPeriod || m.Id != starting.Id))
            supplierReturn.Verify(measure.Id, officer, checkedAt);
        events.Add((checkedAt, officer, "ReturnFigureVerified", $"{period.Name} return: {(index == QueriedPeriod ? "10 of 11" : "all 11")} figures verified"));
        return supplierReturn;
    }

    private static decimal TargetFor(OutcomeMeasure measure, ReportingPeriod period)
    {
        var quarter = QuarterTargets[measure.Key];
        if (measure.Key == "pathway-progress") return quarter;
        var days = period.Ends.DayNumber - period.Starts.DayNumber + 1;
        return Math.Ceiling(quarter * days / 91m);
    }

    private static FigureEntry Figure(OutcomeMeasure measure, ReportingPeriod period, int index)
    {
        var target = TargetFor(measure, period);
        // A little variation between measures, so the ratings are not all alike.
        var spread = (measure.Position % 3 - 1) * 0.06m;
        var actual = Math.Round(target * (Delivery[index % Delivery.Length] + spread), MidpointRounding.AwayFromZero);
        if (measure.Key == "pathway-progress") actual = Math.Min(actual, 100);
        if (!measure.AllowsBreakdown || actual == 0) return new FigureEntry(measure.Id, actual, []);
        var women = (int)Math.Floor(actual / 5);
        var young = (int)Math.Floor(actual / 3);
        return new FigureEntry(measure.Id, actual,
            [new BreakdownCount("Sex", "Female", women), new BreakdownCount("Sex", "Male", (int)actual - women), new BreakdownCount("Age", "18 to 24", young)]);
    }

    private static string Narrative(ReportingPeriod period, int index) => index switch
    {
        0 => "The service commenced on 27 June. Both ETE support workers are in post and the referral pathway with probation is live.",
        LatePeriod => "A difficult quarter: one support worker was off sick for six weeks and two employers paused placements over the winter. The return is late because of the absence.",
        6 => "Referrals rose after the IOM team's relaunch; the caseload went above capacity for three weeks, covered by overtime.",
        QueriedPeriod => "Two placement providers closed in February; clients were moved to other providers with little break.",
        _ => $"Delivery in {period.Name} was in line with the plan agreed at the last performance meeting.",
    };

    private static string CaseStudy(int index) => index % 2 == 0
        ? "A man in his thirties on licence, out of work for six years, completed a forklift course and has held a warehouse job for twelve weeks."
        : "A woman referred by the IOM team moved from a college placement to part-time work in catering, fitted around childcare.";

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
