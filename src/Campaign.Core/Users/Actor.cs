using System.Security.Claims;

namespace Campaign.Users;

/// <summary>
/// Who is making a call. Every feature service takes one, so authorization and data filtering happen
/// in the service, whatever page or endpoint called it.
/// </summary>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles, int? PartnerOrganisationId)
{
    public const string PartnerOrganisationClaim = "campaign:partner-organisation";
    public const string DisplayNameClaim = "campaign:display-name";

    /// <summary>The app itself: start-up seeding and command-line tasks.</summary>
    public static readonly Actor System = new(null, "System", new HashSet<string> { Users.Roles.Admin }, null);

    public bool IsCoalition => Roles.Contains(Users.Roles.Coalition) && !Roles.Any(r => r != Users.Roles.Coalition);

    public bool Can(Permission permission) => Roles.Any(role => Permissions.RoleHas(role, permission));

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the actor holds the permission.</summary>
    public void Demand(Permission permission)
    {
        if (!Can(permission)) throw new AccessDeniedException(this, permission);
    }

    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
            return new Actor(null, "Anonymous", new HashSet<string>(), null);
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var partner = int.TryParse(principal.FindFirstValue(PartnerOrganisationClaim), out var id) ? id : (int?)null;
        return new Actor(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity.Name ?? "Unknown",
            roles,
            partner);
    }
}

public sealed class AccessDeniedException(Actor actor, Permission permission)
    : Exception($"{actor.Name} may not {Describe(permission)}.")
{
    public Permission Permission { get; } = permission;

    private static string Describe(Permission permission) => permission switch
    {
        Permission.EditStakeholders => "create or edit stakeholders and organisations",
        Permission.ViewConfidential => "see confidential material",
        Permission.LogEngagements => "log interactions, positions or follow-ups",
        Permission.EditTemplates => "edit position-statement templates",
        Permission.ExportPacks => "export briefing packs or CSV files",
        Permission.ImportData => "import data",
        Permission.ManageUsers => "manage users",
        Permission.ViewAudit => "see the audit trail",
        Permission.PrivacyActions => "carry out data-protection actions",
        Permission.DeleteLibraryDocuments => "delete library documents",
        _ => "see the directory",
    };
}
