using System.Security.Cryptography;

namespace Campaign.Web.Components.Errors;

/// <summary>
/// A short code a user can read out or type ("K7QX2M") that finds the logged error with its stack. Letters and
/// digits that look alike (0/O, 1/I/L) are left out so it survives being copied by hand.
/// </summary>
public static class ErrorReference
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);
}
