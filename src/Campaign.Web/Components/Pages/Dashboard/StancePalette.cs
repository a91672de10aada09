using Campaign.Positions;

namespace Campaign.Web.Components.Pages.Dashboard;

/// <summary>One colour per stance, in enum order, shared by every stance chart (and the grid's dots).</summary>
public static class StancePalette
{
    public static readonly string[] Colours = ["#1b5e20", "#1976d2", "#8d8d8d", "#ef6c00", "#c62828", "#cfd8dc"];

    public static string Of(Stance stance) => Colours[(int)stance];

    /// <summary>The class that colours a grid dot for <paramref name="stance"/> (see <see cref="DotRules"/>).</summary>
    public static string DotClass(Stance stance) => $"pi-dot pi-dot-{(int)stance}";

    /// <summary>
    /// One rule a stance for the grid's dots, from the same colours as the charts: two hundred dots a visit each with an
    /// inline style was two hundred style declarations for the browser to parse.
    /// </summary>
    public static readonly string DotRules = string.Concat(Enum.GetValues<Stance>().Select(stance => $".pi-dot-{(int)stance}{{background:{Of(stance)}}}"));
}
