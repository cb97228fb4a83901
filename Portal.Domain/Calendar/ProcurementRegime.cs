namespace Portal.Domain.Calendar;

public enum ProcurementRegime
{
    /// <summary>The Public Contracts Regulations 2015 (SI 2015/102).</summary>
    Pcr2015,
    /// <summary>The Procurement Act 2023 and the Procurement Regulations 2024.</summary>
    ProcurementAct2023,
}

public static class ProcurementRegimes
{
    /// <summary>The day the Procurement Act 2023 came into force for new procurements.</summary>
    public static readonly DateOnly ProcurementActInForce = new(2025, 2, 24);

    /// <summary>
    /// The regime that governs a procurement, from the day it began. The Procurement Act 2023 (Commencement No. 3 and
    /// Transitional and Saving Provisions) Regulations 2024, as amended, brought the Act into force on 24 February 2025
    /// and keep the Public Contracts Regulations 2015 for procurements begun before then. A call-off under a framework
    /// follows the framework's regime, so pass the date the framework's procurement began.
    /// </summary>
    public static ProcurementRegime RegimeFor(DateOnly procurementStart) =>
        procurementStart >= ProcurementActInForce ? ProcurementRegime.ProcurementAct2023 : ProcurementRegime.Pcr2015;

    public static string Describe(ProcurementRegime regime) => regime switch
    {
        ProcurementRegime.ProcurementAct2023 => "Procurement Act 2023",
        _ => "Public Contracts Regulations 2015",
    };
}
