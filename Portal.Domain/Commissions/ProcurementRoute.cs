namespace Portal.Domain.Commissions;

public enum ProcurementRoute
{
    FrameworkCallOff,
    OpenTender,
    LightTouchCompetition,
    DirectAward,
}

public static class ProcurementRoutes
{
    public static string Describe(this ProcurementRoute route) => route switch
    {
        ProcurementRoute.FrameworkCallOff => "Call-off from a framework",
        ProcurementRoute.OpenTender => "Open tender",
        ProcurementRoute.LightTouchCompetition => "Light-touch competitive procedure",
        _ => "Direct award",
    };
}
