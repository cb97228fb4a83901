using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Domain.Contracts;

/// <summary>
/// The contract an award confirmation creates: the supplier, the value, the call-off effective and commencement dates, the
/// initial term and the extension options; with the award's facts (standstill, letters) kept as they were when it was confirmed.
/// Managing it (extensions, ending early, closing, co-commissioning) is in Contract.Management.cs.
/// </summary>
public sealed partial class Contract
{
    private Contract() { }

    public static Contract Award(ContractTerms terms, Actor actor, DateTimeOffset at)
    {
        if (!actor.IsInRole(Roles.ProcurementOfficer)) throw new DomainRuleException("Only a procurement officer can confirm an award.");
        if (terms.Value.Pence <= 0) throw new DomainRuleException("The contract's value must be more than zero.");
        if (terms.InitialTermMonths < 1) throw new DomainRuleException("The initial term must be at least one month.");
        if (terms.ExtensionOptionCount < 0 || (terms.ExtensionOptionCount > 0 && terms.ExtensionOptionMonths < 1))
            throw new DomainRuleException("Each extension option must be at least one month.");
        if (terms.CommencementDate < terms.CallOffEffectiveDate)
            throw new DomainRuleException("The service cannot commence before the call-off's effective date.");
        return new Contract
        {
            Id = Guid.NewGuid(),
            CommissionId = terms.CommissionId,
            ResponseId = terms.ResponseId,
            SupplierId = terms.SupplierId,
            SupplierName = terms.SupplierName,
            Title = terms.Title,
            Value = terms.Value,
            AnnualValue = terms.AnnualValue,
            CallOffEffectiveDate = terms.CallOffEffectiveDate,
            CommencementDate = terms.CommencementDate,
            InitialTermMonths = terms.InitialTermMonths,
            ExtensionOptionCount = terms.ExtensionOptionCount,
            ExtensionOptionMonths = terms.ExtensionOptionMonths,
            EndsOn = terms.CallOffEffectiveDate.AddMonths(terms.InitialTermMonths).AddDays(-1),
            AssessmentSummariesSentAt = terms.AssessmentSummariesSentAt,
            StandstillStartedAt = terms.StandstillStartedAt,
            StandstillEndedAt = terms.StandstillEndedAt,
            StandstillRule = terms.StandstillRule,
            AwardedAt = at,
            AwardedByUserId = actor.UserId,
            AwardedByName = actor.DisplayName,
            ConcurrencyToken = Guid.NewGuid(),
        };
    }

    public Guid Id { get; private set; }
    public Guid CommissionId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>The value over the initial term.</summary>
    public Money Value { get; private set; }
    public Money AnnualValue { get; private set; }
    public DateOnly CallOffEffectiveDate { get; private set; }
    public DateOnly CommencementDate { get; private set; }
    public int InitialTermMonths { get; private set; }
    public int ExtensionOptionCount { get; private set; }
    public int ExtensionOptionMonths { get; private set; }

    /// <summary>The last day of the initial term, which runs from the call-off's effective date, mobilisation included
    /// (the reference commission: two years from 1 May 2022). Extensions and an early end change <see cref="CurrentEndsOn"/>.</summary>
    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset AssessmentSummariesSentAt { get; private set; }
    public DateTimeOffset StandstillStartedAt { get; private set; }
    public DateTimeOffset StandstillEndedAt { get; private set; }
    public string StandstillRule { get; private set; } = "";
    public DateTimeOffset AwardedAt { get; private set; }
    public string AwardedByUserId { get; private set; } = "";
    public string AwardedByName { get; private set; } = "";

    /// <summary>The value if every extension option is taken, at the annual value.</summary>
    public Money MaximumValue => new(Value.Pence + AnnualValue.Pence * ExtensionOptionCount * ExtensionOptionMonths / 12);
}

/// <summary>What confirming an award fixes in the contract.</summary>
public sealed record ContractTerms(Guid CommissionId, Guid ResponseId, Guid SupplierId, string SupplierName, string Title,
    Money Value, Money AnnualValue, DateOnly CallOffEffectiveDate, DateOnly CommencementDate, int InitialTermMonths,
    int ExtensionOptionCount, int ExtensionOptionMonths, DateTimeOffset AssessmentSummariesSentAt,
    DateTimeOffset StandstillStartedAt, DateTimeOffset StandstillEndedAt, string StandstillRule);
