using Campaign.Documents;

namespace Campaign.Briefings.Pdf;

/// <summary>The look of every pack: colours, sizes and the few reusable cell and heading styles.</summary>
internal static class PackStyle
{
    public const string Ink = "#1F2933";
    public const string Navy = "#1E3A5F";
    public const string Muted = "#5B6675";
    public const string Rule = "#C5CED8";
    public const string HeaderFill = "#E6ECF3";
    public const string Panel = "#F4F6F9";
    public const string Link = "#1A56A6";
    public const string Confidential = "#B3261E";
    public const string Shareable = "#1B6E36";

    public const double BodySize = 10;

    public static TextStyle Body { get; } = TextStyle.Default.FontSize(BodySize).FontColor(Ink).LineHeight(1.1);

    public static IContainer HeaderCell(IContainer cell) => cell.Background(HeaderFill).Border(0.5).BorderColor(Rule).PaddingHorizontal(5).PaddingVertical(3);

    public static IContainer Cell(IContainer cell) => cell.Border(0.5).BorderColor(Rule).PaddingHorizontal(5).PaddingVertical(3);

    public static string MarkingColour(BriefingEdition edition) => edition == BriefingEdition.Internal ? Confidential : Shareable;

    public static string Marking(BriefingEdition edition) => edition == BriefingEdition.Internal ? "CONFIDENTIAL" : "Shareable";
}
