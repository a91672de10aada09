using System.Security.Cryptography;

namespace Campaign.Users;

/// <summary>Passwords an administrator hands over once; the user must replace it at first sign-in.</summary>
public static class OneTimePassword
{
    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    /// <summary>How long an issued one-time password works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Four groups of five: 20 random characters (about 115 bits), easy to read back.</summary>
    public static string Generate()
    {
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5));
        return string.Join('-', groups);
    }
}
