using Campaign.Briefings;
using Campaign.Privacy;
using Campaign.Stakeholders;
using Campaign.Templates;

namespace Campaign.Testing;

/// <summary>Services that need others, wired as the app's container wires them, on a test database.</summary>
public static class TestServices
{
    public static BriefingService Briefings(TestDatabase database) =>
        new(database, new StatementEngine(), new StakeholderDirectory(database, database.Clock), database.Clock);

    public static PrivacyService Privacy(TestDatabase database) => new(database, database.Clock, Briefings(database));
}
