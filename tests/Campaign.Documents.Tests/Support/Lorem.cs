namespace Campaign.Documents.Tests.Support;

internal static class Lorem
{
    private static readonly string[] Words =
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat"
            .Split(' ');

    /// <summary>Deterministic filler text of <paramref name="count"/> words.</summary>
    public static string WordsOf(int count, int seed = 0) =>
        string.Join(' ', Enumerable.Range(seed, count).Select(i => Words[i * 11 % Words.Length]));
}
