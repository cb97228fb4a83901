using System.Globalization;
using Portal.Domain.Meetings;
using Portal.Domain.Performance;

namespace Portal.Components.BoardReports;

public sealed record ContractOption(Guid CommissionId, string Reference, string Title, string SupplierName);

/// <summary>The report with what the page offers to choose from: the half-years contracts ran in, and the contracts.</summary>
public sealed record BoardReportView(BoardReport Report, string Scope, Guid? CommissionId, IReadOnlyList<HalfYear> Halves, IReadOnlyList<ContractOption> Contracts);

/// <summary>A half-year as it is written in an address: "2023-H1" for April to September 2023.</summary>
public static class HalfYearCode
{
    public static string Of(HalfYear half) => $"{half.FinancialYear}-H{half.Half}";

    public static HalfYear? Parse(string? code)
    {
        if (code is not { Length: 7 } || code[4] != '-' || code[5] != 'H') return null;
        if (!int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000) return null;
        return code[6] switch { '1' => new HalfYear(year, 1), '2' => new HalfYear(year, 2), _ => null };
    }
}
