namespace Portal.Data;

/// <summary>The last decision number used in a financial year; read and bumped inside the write transaction that records a decision.</summary>
public sealed class DecisionNumberSequence
{
    public int FinancialYearStarting { get; set; }
    public int LastSequence { get; set; }
}
