namespace Campaign.Documents;

/// <summary>A few named colours as hex strings; any "#RRGGBB" works wherever a colour is taken.</summary>
public static class Colors
{
    public const string Black = "#000000";
    public const string White = "#FFFFFF";
    public const string Transparent = "#00000000";
    public const string Grey = "#9E9E9E";
    public const string LightGrey = "#EEEEEE";
    public const string DarkGrey = "#616161";
    public const string Red = "#E53935";
    public const string Green = "#43A047";
    public const string Blue = "#1E88E5";
}
