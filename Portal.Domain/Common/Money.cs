using System.Globalization;

namespace Portal.Domain.Common;

/// <summary>An exact amount in pounds and pence, held as whole pence.</summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static Money Zero => new(0);

    public static Money FromPounds(decimal pounds)
    {
        if (decimal.Round(pounds, 2) != pounds)
            throw new ArgumentException("Money is recorded to the penny.", nameof(pounds));
        return new Money((long)(pounds * 100));
    }

    public decimal Pounds => Pence / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Pence + b.Pence));

    public static Money operator *(Money a, int factor) => new(checked(a.Pence * factor));

    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    public static bool operator <(Money a, Money b) => a.Pence < b.Pence;
    public static bool operator >(Money a, Money b) => a.Pence > b.Pence;
    public static bool operator <=(Money a, Money b) => a.Pence <= b.Pence;
    public static bool operator >=(Money a, Money b) => a.Pence >= b.Pence;

    public override string ToString() =>
        Pounds.ToString(Pence % 100 == 0 ? "£#,##0" : "£#,##0.00", UkCulture);
}
