namespace Campaign.Importing.Parliament;

public enum ContactField
{
    Email,
    Phone,
    Address,
}

/// <summary>Parliament's value for one of our contact fields, beside ours; it can be used only where ours is empty.</summary>
public sealed record ContactOffer(ContactField Field, string Parliament, string? Ours)
{
    public bool CanUse => string.IsNullOrWhiteSpace(Ours);

    public bool Matches => string.Equals(Ours?.Trim(), Parliament, StringComparison.OrdinalIgnoreCase);
}

/// <summary>What Parliament publishes about a person in the directory, or why it could not be shown.</summary>
public sealed record MemberDetailsLookup(MemberDetails? Details, IReadOnlyList<ContactOffer> Offers, string? Problem)
{
    public static MemberDetailsLookup Failed(string problem) => new(null, [], problem);
}

/// <summary>
/// Parliament's contact details, synopsis and areas of focus for an MP or peer, fetched when staff ask (never on a
/// page load, so a profile does not wait for Parliament), and its contact details offered for the fields staff left
/// empty: what staff entered is never overwritten.
/// </summary>
public sealed class MemberDetailsService(MembersApiClient api, IDbContextFactory<CampaignDbContext> contexts)
{
    private sealed record Ours(int? MemberId, string? Email, string? Phone, string? Address, bool Erased);

    public async Task<MemberDetailsLookup?> GetAsync(Actor actor, int stakeholderId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var ours = await OursAsync(stakeholderId, cancellationToken);
        if (ours is null) return null;
        if (ours.Erased || ours.MemberId is not { } memberId)
            return MemberDetailsLookup.Failed("This person has no Parliament member id, so Parliament's details cannot be looked up.");
        try
        {
            var details = await api.DetailsAsync(memberId, cancellationToken);
            return new MemberDetailsLookup(details, Offers(details, ours), null);
        }
        catch (MembersApiException ex)
        {
            return MemberDetailsLookup.Failed(ex.Message.Replace("; nothing was changed.", ".", StringComparison.Ordinal));
        }
    }

    /// <summary>Fills one empty contact field with Parliament's value; a field that has a value (even one saved a moment ago) is left alone.</summary>
    public async Task<SaveResult> UseAsync(Actor actor, int stakeholderId, ContactOffer offer, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.EditStakeholders);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        var person = await db.Stakeholders.SingleOrDefaultAsync(s => s.Id == stakeholderId && s.AnonymisedAt == null, cancellationToken);
        if (person is null) return SaveResult.NotFound();
        var current = offer.Field switch
        {
            ContactField.Email => person.Email,
            ContactField.Phone => person.Phone,
            _ => person.Address,
        };
        var name = offer.Field.ToString();
        if (!string.IsNullOrWhiteSpace(current))
            return Invalid(name, $"{person.DisplayName} already has {Describe(offer.Field)} ({current}); Parliament's was not used.");
        var longest = offer.Field switch
        {
            ContactField.Email => FieldLengths.Email,
            ContactField.Phone => FieldLengths.Short,
            _ => FieldLengths.Line,
        };
        if (offer.Parliament.Length > longest)
            return Invalid(name, $"Parliament's {Describe(offer.Field)[2..]} is longer than the {longest} characters the field takes; it was not used.");
        switch (offer.Field)
        {
            case ContactField.Email: person.Email = offer.Parliament; break;
            case ContactField.Phone: person.Phone = offer.Parliament; break;
            default: person.Address = offer.Parliament; break;
        }
        // The version loaded here guards the emptiness just checked: an edit saved in between is a conflict.
        return await db.SaveEditAsync(person.Id, cancellationToken);
    }

    private async Task<Ours?> OursAsync(int stakeholderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Stakeholders.AsNoTracking().Where(s => s.Id == stakeholderId)
            .Select(s => new Ours(s.ParliamentMemberId, s.Email, s.Phone, s.Address, s.AnonymisedAt != null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static List<ContactOffer> Offers(MemberDetails details, Ours ours)
    {
        var offers = new List<ContactOffer>();
        if (details.First(c => c.Email) is { } email) offers.Add(new ContactOffer(ContactField.Email, email, ours.Email));
        if (details.First(c => c.Phone) is { } phone) offers.Add(new ContactOffer(ContactField.Phone, phone, ours.Phone));
        if (details.First(c => c.Address) is { } address) offers.Add(new ContactOffer(ContactField.Address, address, ours.Address));
        return offers;
    }

    private static string Describe(ContactField field) => field switch
    {
        ContactField.Email => "an email address",
        ContactField.Phone => "a telephone number",
        _ => "an address",
    };

    private static SaveResult Invalid(string field, string message) =>
        SaveResult.Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
