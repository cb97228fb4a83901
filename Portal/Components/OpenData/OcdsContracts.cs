using Portal.Domain.Common;
using Portal.Domain.Contracts;

namespace Portal.Components.OpenData;

/// <summary>The contract section: its period from the call-off's effective date, its extension options and its service commencement.</summary>
public static class OcdsContracts
{
    public static OcdsContract From(string reference, Contract contract, ContractProgress progress)
    {
        var description = $"Call-off effective from {UkTime.LongDate(contract.CallOffEffectiveDate)} for an initial term of " +
            $"{contract.InitialTermMonths} months, ending on {UkTime.LongDate(contract.EndsOn)}; the service commences on " +
            $"{UkTime.LongDate(contract.CommencementDate)}. ";
        description += contract.ExtensionOptionCount > 0
            ? $"Extension options: {Extensions(contract.ExtensionOptionCount, contract.ExtensionOptionMonths)}, to {UkTime.LongDate(LastPossibleDay(contract))} " +
              $"at the latest; {contract.MaximumValue} in all if every option is taken at {contract.AnnualValue} a year. "
            : "No extension options. ";
        description += $"The value is for the initial term ({contract.AnnualValue} a year).";
        var commencement = new OcdsMilestone("commencement", "Service commencement", "delivery", progress.ServiceCommenced ? "met" : "scheduled",
            DueDate: OcdsDates.StartOf(contract.CommencementDate),
            DateMet: progress.ServiceCommenced ? OcdsDates.StartOf(contract.CommencementDate) : null);
        return new OcdsContract($"{reference}-contract-1", $"{reference}-award-1", contract.Title, description, Status(progress), Period(contract),
            OcdsReleasePackageBuilder.Value(contract.Value), progress.SignedAt is { } signed ? OcdsDates.Instant(signed) : null, [commencement]);
    }

    /// <summary>
    /// From the call-off's effective date to the end of the initial term; the extension options are the standard's
    /// maxExtentDate, the last day the contract could run if every option were taken.
    /// </summary>
    public static OcdsPeriod Period(Contract contract) => new(
        OcdsDates.StartOf(contract.CallOffEffectiveDate),
        OcdsDates.EndOf(contract.EndsOn),
        contract.ExtensionOptionCount > 0 ? OcdsDates.EndOf(LastPossibleDay(contract)) : null);

    public static string Extensions(int count, int months) => count == 1
        ? $"one optional extension of {months} months"
        : $"{count} optional extensions of {months} months each";

    private static DateOnly LastPossibleDay(Contract contract) =>
        contract.EndsOn.AddDays(1).AddMonths(contract.ExtensionOptionCount * contract.ExtensionOptionMonths).AddDays(-1);

    /// <summary>Pending until signed (the standard's "not yet in force"), active once signed, terminated once closed.</summary>
    private static string Status(ContractProgress progress) =>
        progress.Closed ? "terminated" : progress.SignedAt is not null ? "active" : "pending";
}
