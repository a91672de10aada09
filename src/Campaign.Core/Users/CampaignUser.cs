using System.ComponentModel.DataAnnotations;
using Campaign.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Campaign.Users;

/// <summary>A person who signs in: consultancy staff, leadership, an admin or a coalition member.</summary>
public class CampaignUser : IdentityUser
{
    [MaxLength(FieldLengths.Name)]
    public string DisplayName { get; set; } = "";

    /// <summary>The partner organisation a Coalition user belongs to; null for everyone else.</summary>
    public int? PartnerOrganisationId { get; set; }
    public Organisation? PartnerOrganisation { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator issues a one-time password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// When the one-time password stops working (<see cref="OneTimePassword.Lifetime"/> after it was issued): a password
    /// handed over and never used should not open the account weeks later.
    /// </summary>
    public DateTimeOffset? OneTimePasswordExpiresAt { get; set; }

    /// <summary>A daily email of the user's overdue follow-ups and those due this week (staff only).</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>When the digest is sent, UK time.</summary>
    public TimeOnly DigestAt { get; set; } = new(8, 0);

    /// <summary>An email when someone else gives the user a follow-up.</summary>
    public bool AssignmentEmailsEnabled { get; set; } = true;

    /// <summary>One issued before expiry dates were kept (none recorded) counts as expired: the administrator issues a new one.</summary>
    public bool OneTimePasswordHasExpired(DateTimeOffset now) => MustChangePassword && !(OneTimePasswordExpiresAt > now);
}

public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string PublicAffairs = nameof(PublicAffairs);
    public const string Leadership = nameof(Leadership);
    public const string Coalition = nameof(Coalition);

    public static readonly IReadOnlyList<string> All = [Admin, PublicAffairs, Leadership, Coalition];
}
