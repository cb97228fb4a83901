using Portal.Domain.Common;
using Portal.Domain.Contracts;
using Portal.Domain.Identity;
using static Portal.Tests.Domain.TestActors;

namespace Portal.Tests.Domain.Contracts;

/// <summary>The reference contract's terms: effective 1 May 2022 for two years, with two 12-month options, at £77,500 a year.</summary>
internal static class ContractFixtures
{
    public const int Notice = 3;
    public const int Lead = 6;
    public static readonly DateOnly Effective = new(2022, 5, 1);
    public static readonly ContractOwner Owner = new(CommissioningOfficer.UserId, CommissioningOfficer.DisplayName);
    public static readonly NamedApprover Approver = new(Commissioner.UserId, Commissioner.DisplayName);
    public static readonly Actor OtherCommissioningOfficer = Make("co-2", "Cody Colleague", Roles.CommissioningOfficer);

    public static Contract Reference(DateOnly? effective = null, int initialMonths = 24, int options = 2, int optionMonths = 12) =>
        Contract.Award(new ContractTerms(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Pathways to Work CIC", "Employment support",
            Money.FromPounds(155_000), Money.FromPounds(77_500), effective ?? Effective, (effective ?? Effective).AddDays(57),
            initialMonths, options, optionMonths, At(2022, 4, 11), At(2022, 4, 11), At(2022, 4, 25), "rule"), ProcurementOfficer, At(2022, 4, 26));

    public static DateTimeOffset At(int year, int month, int day) => UkTime.FromUkLocal(new DateTime(year, month, day, 10, 0, 0));

    public static DateOnly Day(DateTimeOffset at) => UkTime.DateOf(at);

    /// <summary>Proposes and approves the next option, returning the move the commission must make.</summary>
    public static CommissionMove TakeNext(Contract contract, DateTimeOffset at)
    {
        var proposal = contract.ProposeExtension(Owner, Approver, "Performance is good", CommissioningOfficer, at);
        return contract.Approve(proposal.Id, "", Commissioner, at.AddDays(1));
    }
}
