using MudBlazor;

namespace Campaign.Web.Components.Layout;

public static class CampaignTheme
{
    // Every colour MudBlazor draws text in, or draws white text on, is chosen for at least 4.5:1 contrast (WCAG 2.2
    // AA) against the page and the surface in its mode: MudBlazor's own info, success, error and warning, and its grey
    // secondary text, fell short (2.2–4.5:1 in light mode). The axe suite checks every page in both modes.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#7a3e9d",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
            Info = "#1565c0",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#8a5300",
            TextSecondary = "#5f6368",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4e8",
            Secondary = "#c9a3e6",
            AppbarBackground = "#1b2633",
            TextSecondary = "#b8b8be",
            // Light tints on the dark surface, with dark text on them when filled.
            Info = "#90caf9",
            InfoContrastText = "#102a43",
            Success = "#81c784",
            SuccessContrastText = "#0b2e13",
            Error = "#ef9a9a",
            ErrorContrastText = "#3b0a0a",
            Warning = "#ffb74d",
            WarningContrastText = "#3d2400",
            PrimaryContrastText = "#0b1f33",
            SecondaryContrastText = "#2a0f3d",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Liberation Sans", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
