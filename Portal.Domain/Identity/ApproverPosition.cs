namespace Portal.Domain.Identity;

public enum ApproverPosition
{
    ChiefExecutive,
    Section151Officer,
    MonitoringOfficer,
    Commissioner,
}

public static class ApproverPositions
{
    public static string Describe(this ApproverPosition position) => position switch
    {
        ApproverPosition.ChiefExecutive => "Chief Executive",
        ApproverPosition.Section151Officer => "Section 151 Officer",
        ApproverPosition.MonitoringOfficer => "Monitoring Officer",
        _ => "Commissioner",
    };
}
