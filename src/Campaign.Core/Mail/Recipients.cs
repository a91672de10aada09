namespace Campaign.Mail;

/// <summary>Who may get follow-up emails: enabled staff with an address. Coalition members never see follow-ups.</summary>
internal static class Recipients
{
    public static IQueryable<CampaignUser> Staff(CampaignDbContext db)
    {
        var staffRoles = Permissions.RolesWith(Permission.ViewConfidential);
        var staffRoleIds = db.Roles.Where(r => staffRoles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => !u.IsDisabled && u.Email != null && u.Email != ""
            && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleIds.Contains(ur.RoleId)));
    }
}
