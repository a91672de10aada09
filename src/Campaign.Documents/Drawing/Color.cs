using System.Globalization;

namespace Campaign.Documents.Drawing;

/// <summary>An sRGB colour with alpha, parsed from the hex strings the public API takes.</summary>
internal readonly record struct Color(byte A, byte R, byte G, byte B)
{
    public static readonly Color Black = new(255, 0, 0, 0);

    public bool IsTransparent => A == 0;

    /// <summary>Accepts #RGB, #RRGGBB and #AARRGGBB, with or without the '#'.</summary>
    public static Color Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex[1..] : hex;

        if (!digits.All(Uri.IsHexDigit))
            throw new ArgumentException($"'{hex}' is not a hex colour such as #1E88E5.", nameof(hex));

        return digits.Length switch
        {
            3 => new Color(255, Nibble(digits[0]), Nibble(digits[1]), Nibble(digits[2])),
            6 => new Color(255, Byte(digits, 0), Byte(digits, 2), Byte(digits, 4)),
            8 => new Color(Byte(digits, 0), Byte(digits, 2), Byte(digits, 4), Byte(digits, 6)),
            _ => throw new ArgumentException($"'{hex}' is not a hex colour such as #1E88E5.", nameof(hex)),
        };
    }

    private static byte Nibble(char c)
    {
        var v = byte.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (byte)(v * 17);
    }

    private static byte Byte(string s, int start) =>
        byte.Parse(s.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
