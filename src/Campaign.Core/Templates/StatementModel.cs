namespace Campaign.Templates;

/// <summary>
/// Everything a position statement can see, so it can never print internal notes, contact details or confidential
/// meetings: they are not here. Liquid names are the snake_case of the property names.
/// </summary>
public sealed record StatementModel(
    StatementStakeholder Stakeholder,
    StatementCampaign Campaign,
    IReadOnlyList<StatementPosition> Positions,
    IReadOnlyList<StatementInteraction> Interactions,
    IReadOnlyList<StatementPartner> Coalition,
    DateTime Today);

public sealed record StatementStakeholder(
    string DisplayName,
    string? Honorific,
    string GivenName,
    string FamilyName,
    string? PostNominals,
    string Kind,
    string? Party,
    string? Constituency,
    string? House,
    string? Peerage,
    string? Department,
    string? Role,
    string? Organisation,
    IReadOnlyList<string> Posts)
{
    // Printing an object prints a sensible word, not the record's member dump.
    public override string ToString() => DisplayName;
}

public sealed record StatementCampaign(string Name, string Goal, IReadOnlyList<StatementAsk> Asks, IReadOnlyList<StatementMilestone> Milestones)
{
    public override string ToString() => Name;
}

public sealed record StatementAsk(string Code, string Title, string Description)
{
    public override string ToString() => Title;
}

public sealed record StatementMilestone(string Title, string Status, DateTime? TargetDate, DateTime? CompletedOn)
{
    public override string ToString() => Title;
}

/// <summary>A current stance on one ask. No quote: quotes can come from confidential meetings.</summary>
public sealed record StatementPosition(string Ask, string Stance, DateTime StatedOn, string Evidence, string Confidence)
{
    public override string ToString() => $"{Ask}: {Stance}";
}

/// <summary>A recent contact that was not confidential.</summary>
public sealed record StatementInteraction(string Title, string Kind, DateTime Date, string? Location, string? Summary)
{
    public override string ToString() => Title;
}

public sealed record StatementPartner(string Name, string? ShortName, string Role, string? Website)
{
    public override string ToString() => Name;
}
