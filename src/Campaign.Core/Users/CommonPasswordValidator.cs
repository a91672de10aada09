using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Users;

/// <summary>
/// Refuses common passwords (a 30,000-entry list), with digits or symbols tacked on or not, and ones built from the user's
/// email name. Deliberately no composition rules (NCSC and NIST guidance); length is Identity's job.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<CampaignUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static int ListSize => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<CampaignUser> manager, CampaignUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        var core = lower.TrimEnd("0123456789!@#$%^&*?._-+= ".ToCharArray());
        if (Common.Value.Contains(lower) || (core.Length >= 4 && Common.Value.Contains(core)))
            return Task.FromResult(Fail("CommonPassword", "That password is one of the most commonly used, so it is easy to guess. Choose another, such as three random words."));

        var localPart = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        if (localPart.Length >= 4 && lower.Contains(localPart))
            return Task.FromResult(Fail("PasswordContainsUserName", "The password must not contain your email name."));

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

    private static IdentityResult Fail(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Campaign.Users.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line.ToLowerInvariant());
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
