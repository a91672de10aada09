namespace Campaign.Users;

/// <summary>What a user may do. The matrix lives in <see cref="Permissions"/>; services and endpoints ask it, pages only reflect it.</summary>
public enum Permission
{
    ViewDirectory,
    ViewConfidential,
    EditStakeholders,
    LogEngagements,
    EditTemplates,
    ExportPacks,
    ImportData,
    ManageUsers,
    ViewAudit,
    PrivacyActions,

    /// <summary>Deleting a library document with all its versions: administrators only (Admin holds every permission).</summary>
    DeleteLibraryDocuments,
}

public static class Permissions
{
    private static readonly Dictionary<string, Permission[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = Enum.GetValues<Permission>(),
        [Roles.PublicAffairs] =
        [
            Permission.ViewDirectory, Permission.ViewConfidential, Permission.EditStakeholders, Permission.LogEngagements,
            Permission.EditTemplates, Permission.ExportPacks, Permission.ImportData,
        ],
        [Roles.Leadership] =
        [
            Permission.ViewDirectory, Permission.ViewConfidential, Permission.LogEngagements, Permission.EditTemplates,
            Permission.ExportPacks,
        ],
        [Roles.Coalition] = [Permission.ViewDirectory],
    };

    public static bool RoleHas(string role, Permission permission) =>
        ByRole.TryGetValue(role, out var permissions) && permissions.Contains(permission);

    /// <summary>The roles that hold a permission, for ASP.NET Core authorization policies.</summary>
    public static IReadOnlyList<string> RolesWith(Permission permission) =>
        ByRole.Where(r => r.Value.Contains(permission)).Select(r => r.Key).ToList();
}
