using Portal.Domain.Common;
using Portal.Domain.Contracts;

namespace Portal.Components.OpenData;

/// <summary>
/// One change to the contract's term since it was signed: an extension option taken or an early end agreed, dated when the
/// approver approved it. The rationale is the contractual ground, never the officers' own words, which stay internal.
/// </summary>
public sealed record ContractChange(int Number, DateTimeOffset At, DateOnly NewEndsOn, DateOnly LatestPossibleEnd, string Description, string Rationale);

/// <summary>
/// The contract section: its period from the call-off's effective date, its extension options and its service commencement,
/// as signed, after each change to its term, and once terminated.
/// </summary>
public static class OcdsContracts
{
    /// <summary>The contract as it stood after <paramref name="changesSoFar"/>, and terminated when <paramref name="terminated"/>.</summary>
    public static OcdsContract AsOf(string reference, Contract contract, ContractProgress progress, IReadOnlyList<ContractChange> changesSoFar,
        bool terminated = false)
    {
        var description = $"Call-off effective from {UkTime.LongDate(contract.CallOffEffectiveDate)} for an initial term of " +
            $"{contract.InitialTermMonths} months, ending on {UkTime.LongDate(contract.EndsOn)}; the service commences on " +
            $"{UkTime.LongDate(contract.CommencementDate)}. ";
        description += contract.ExtensionOptionCount > 0
            ? $"Extension options: {Extensions(contract.ExtensionOptionCount, contract.ExtensionOptionMonths)}, to {UkTime.LongDate(AsSigned(contract))} " +
              $"at the latest; {contract.MaximumValue} in all if every option is taken at {contract.AnnualValue} a year. "
            : "No extension options. ";
        description += $"The value is for the initial term ({contract.AnnualValue} a year).";
        foreach (var change in changesSoFar) description += " " + change.Description;
        var commencement = new OcdsMilestone("commencement", "Service commencement", "delivery", progress.ServiceCommenced ? "met" : "scheduled",
            DueDate: OcdsDates.StartOf(contract.CommencementDate),
            DateMet: progress.ServiceCommenced ? OcdsDates.StartOf(contract.CommencementDate) : null);
        var amendments = changesSoFar.Count == 0 ? null : changesSoFar.Select(c => Amendment(reference, c)).ToList();
        return new OcdsContract($"{reference}-contract-1", $"{reference}-award-1", contract.Title, description, Status(progress, terminated),
            Period(contract, changesSoFar, terminated), OcdsReleasePackageBuilder.Value(contract.Value),
            progress.SignedAt is { } signed ? OcdsDates.Instant(signed) : null, [commencement], amendments);
    }

    /// <summary>Each extension option taken and each early end approved, in the order they were approved.</summary>
    public static IReadOnlyList<ContractChange> Changes(Contract contract)
    {
        var extensions = contract.OptionRecords
            .Where(r => r is { Outcome: ExtensionOptionOutcome.Taken, DecidedAt: not null, NewEndsOn: not null })
            .Select(r => (At: r.DecidedAt!.Value, Ends: r.NewEndsOn!.Value,
                Latest: ContractDates.Extend(r.NewEndsOn.Value, (contract.ExtensionOptionCount - r.Number) * contract.ExtensionOptionMonths),
                Description: $"Extension option {r.Number} of {contract.ExtensionOptionCount} taken: the contract now ends on {UkTime.LongDate(r.NewEndsOn.Value)}.",
                Rationale: "An extension option provided for in the contract was taken."));
        var earlyEnds = contract.Proposals
            .Where(p => p is { Kind: ProposalKind.EndEarly, Status: ProposalStatus.Approved, DecidedAt: not null })
            .Select(p => (At: p.DecidedAt!.Value, Ends: p.NewEndsOn, Latest: p.NewEndsOn,
                Description: $"Ended early: the contract's last day is {UkTime.LongDate(p.NewEndsOn)}.",
                Rationale: p.EarlyEndReason?.Describe() ?? EarlyEndReason.Other.Describe()));
        return extensions.Concat(earlyEnds).OrderBy(c => c.At)
            .Select((c, index) => new ContractChange(index + 1, c.At, c.Ends, c.Latest, c.Description, c.Rationale)).ToList();
    }

    /// <summary>
    /// From the call-off's effective date to the end of the term as it then stood; maxExtentDate is the last day the contract
    /// could run if every option still open were taken.
    /// </summary>
    public static OcdsPeriod Period(Contract contract, IReadOnlyList<ContractChange> changesSoFar, bool terminated = false)
    {
        var (endsOn, latest) = terminated ? (contract.CurrentEndsOn, contract.CurrentEndsOn)
            : changesSoFar.Count > 0 ? (changesSoFar[^1].NewEndsOn, changesSoFar[^1].LatestPossibleEnd)
            : (contract.EndsOn, AsSigned(contract));
        return new OcdsPeriod(OcdsDates.StartOf(contract.CallOffEffectiveDate), OcdsDates.EndOf(endsOn),
            contract.ExtensionOptionCount > 0 ? OcdsDates.EndOf(latest) : null);
    }

    public static string Extensions(int count, int months) => count == 1
        ? $"one optional extension of {months} months"
        : $"{count} optional extensions of {months} months each";

    private static OcdsAmendment Amendment(string reference, ContractChange change) =>
        new($"{reference}-amendment-{change.Number}", OcdsDates.Instant(change.At), change.Rationale, change.Description);

    private static DateOnly AsSigned(Contract contract) =>
        ContractDates.Extend(contract.EndsOn, contract.ExtensionOptionCount * contract.ExtensionOptionMonths);

    /// <summary>Pending until signed (the standard's "not yet in force"), active once signed, terminated once closed.</summary>
    private static string Status(ContractProgress progress, bool terminated) =>
        terminated ? "terminated" : progress.SignedAt is not null ? "active" : "pending";
}
