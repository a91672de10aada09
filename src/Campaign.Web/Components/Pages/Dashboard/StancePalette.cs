using Campaign.Positions;

namespace Campaign.Web.Components.Pages.Dashboard;

/// <summary>One colour per stance, in enum order, shared by every stance chart (and the grid's dots).</summary>
public static class StancePalette
{
    public static readonly string[] Colours = ["#1b5e20", "#1976d2", "#8d8d8d", "#ef6c00", "#c62828", "#cfd8dc"];

    public static string Of(Stance stance) => Colours[(int)stance];
}
