namespace Campaign.Positions;

/// <summary>
/// One or more stances, as a filter asks for them ("Supportive or Neutral"): a value, so two filters with the same
/// stances are equal, and written in an address as "Supportive,Neutral". A single stance converts to a set of one.
/// </summary>
public readonly record struct StanceSet
{
    private readonly int _bits;

    private StanceSet(int bits) => _bits = bits;

    public static StanceSet? Of(IEnumerable<Stance> stances)
    {
        var bits = stances.Aggregate(0, (current, stance) => current | (1 << (int)stance));
        return bits == 0 ? null : new StanceSet(bits);
    }

    public static implicit operator StanceSet(Stance stance) => new(1 << (int)stance);

    public bool Contains(Stance stance) => (_bits & (1 << (int)stance)) != 0;

    /// <summary>In the order the enum lists them, Champion first.</summary>
    public IReadOnlyList<Stance> Values => Enum.GetValues<Stance>().Where(Contains).ToList();

    /// <summary>"Supportive,Neutral"; names that are not stances are ignored, and none left is no filter.</summary>
    public static StanceSet? Parse(string? text) =>
        text is null ? null : Of(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(EnumText.Parse<Stance>).Where(s => s is not null).Select(s => s!.Value));

    public override string ToString() => string.Join(',', Values);

    /// <summary>"Supportive or Neutral", with the words each stance is shown with.</summary>
    public string Describe(Func<Stance, string> words) => string.Join(" or ", Values.Select(words));
}
