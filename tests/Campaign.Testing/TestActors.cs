using Campaign.Users;

namespace Campaign.Testing;

/// <summary>One actor per role, as services see a signed-in user.</summary>
public static class TestActors
{
    public static readonly Actor Admin = Make("admin-id", "Ada Admin", Roles.Admin);
    public static readonly Actor PublicAffairs = Make("pa-id", "Pat Affairs", Roles.PublicAffairs);
    public static readonly Actor Leadership = Make("lead-id", "Lee Leader", Roles.Leadership);

    public static Actor Coalition(int partnerOrganisationId) =>
        new("coalition-id", "Cora Coalition", new HashSet<string> { Roles.Coalition }, partnerOrganisationId);

    private static Actor Make(string id, string name, string role) => new(id, name, new HashSet<string> { role }, null);
}
