using MudBlazor;

namespace Portal.Components.Layout;

public static class PortalTheme
{
    private static readonly string[] FontStack = ["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            Secondary = "#5a6472",
            Tertiary = "#00796b",
            AppbarBackground = "#12355f",
            Background = "#f5f7fa",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#b3261e",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H4 = new H4Typography { FontFamily = FontStack, FontSize = "1.75rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontStack, FontSize = "1.35rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontSize = "1.1rem", FontWeight = "600" },
        },
    };
}
