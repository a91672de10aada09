using MudBlazor;

namespace Campaign.Web.Components.Layout;

public static class CampaignTheme
{
    // Colours chosen for at least 4.5:1 contrast of white text on the primary in both modes.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#7a3e9d",
            AppbarBackground = "#1f4e79",
            Background = "#f6f7f9",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4e8",
            Secondary = "#c9a3e6",
            AppbarBackground = "#1b2633",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Liberation Sans", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
