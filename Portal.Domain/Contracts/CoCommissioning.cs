using Portal.Domain.Common;

namespace Portal.Domain.Contracts;

/// <summary>An organisation that commissions the service with the office and pays a share of it.</summary>
public sealed class CoCommissioningPartner
{
    public const int NameMaxLength = 200;

    private CoCommissioningPartner() { }

    internal CoCommissioningPartner(string name, string? contact)
    {
        Id = Guid.NewGuid();
        Name = name;
        Contact = contact;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Contact { get; private set; }
}

/// <summary>What a partner pays towards one funding period: 0 is the initial term, n is extension option n.</summary>
public sealed class FundingContribution
{
    private FundingContribution() { }

    internal FundingContribution(Guid partnerId, int period, Money amount)
    {
        PartnerId = partnerId;
        Period = period;
        Amount = amount;
    }

    public Guid PartnerId { get; private set; }
    public int Period { get; private set; }
    public Money Amount { get; private set; }

    internal void Change(Money amount) => Amount = amount;
}

/// <summary>A partner's or the office's part of a period's value, and its share of that value in per cent (one decimal place).</summary>
public sealed record FundingShare(string Funder, Money Amount, decimal Percent, bool IsCommissioner);

/// <summary>A funding period (the initial term or an extension), its value and who pays for it.</summary>
public sealed record FundingPeriod(int Index, string Name, DateOnly Starts, DateOnly Ends, Money Value, IReadOnlyList<FundingShare> Shares)
{
    public static string NameOf(int index) => index == 0 ? "Initial term" : $"Extension {index}";

    /// <summary>The period in a sentence: "the initial term", "Extension 1".</summary>
    public static string Describe(int index) => index == 0 ? "the initial term" : NameOf(index);

    public static decimal PercentOf(Money part, Money whole) =>
        whole.Pence == 0 ? 0 : Math.Round(part.Pence * 100m / whole.Pence, 1, MidpointRounding.AwayFromZero);
}
