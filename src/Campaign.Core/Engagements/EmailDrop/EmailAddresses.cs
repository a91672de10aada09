namespace Campaign.Engagements.EmailDrop;

/// <summary>
/// When two written addresses reach the same mailbox. Addresses compare without regard to case. Dots in the local part
/// are ignored only for Gmail (gmail.com, googlemail.com), the one common provider that ignores them; Outlook.com,
/// Microsoft 365, parliament.uk and nhs.net do not, so "j.smith" and "jsmith" there are different people.
/// </summary>
public static class EmailAddresses
{
    private static readonly string[] DotBlindDomains = ["gmail.com", "googlemail.com"];

    public static string Key(string address)
    {
        var lower = address.Trim().ToLowerInvariant();
        var at = lower.LastIndexOf('@');
        if (at <= 0) return lower;
        var (local, domain) = (lower[..at], lower[(at + 1)..]);
        return IgnoresDots(domain) ? $"{local.Replace(".", "")}@gmail.com" : lower;
    }

    public static bool IgnoresDots(string domain) => DotBlindDomains.Contains(domain.ToLowerInvariant());

    /// <summary>The domain of an address, lower case ("" when it has none).</summary>
    public static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? "" : address[(at + 1)..].Trim().ToLowerInvariant();
    }
}
