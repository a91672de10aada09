using System.Globalization;
using System.Text.Json;

namespace Campaign.Benchmarks;

/// <summary>What <see cref="SyntheticCampaign"/> generated.</summary>
internal sealed record SyntheticCounts(int People, int Mps, int Peers, int Organisations, int Interactions, int BulkTagged);

/// <summary>
/// A generated campaign kept in a folder (<c>--cache DIR</c>) with its counts beside it. The generator is deterministic,
/// so a kept copy is the same data; it is migrated on reuse, so a schema change since it was kept is applied to it
/// the way it would be to a user's database.
/// </summary>
internal sealed class SyntheticCampaignCache(string databasePath)
{
    private string CountsPath => databasePath + ".json";

    public static SyntheticCampaignCache In(string folder, double scale)
    {
        Directory.CreateDirectory(folder);
        return new SyntheticCampaignCache(Path.Combine(folder, $"synthetic-{scale.ToString(CultureInfo.InvariantCulture)}.db"));
    }

    /// <summary>Copies the kept database to <paramref name="path"/>; null if nothing is kept.</summary>
    public async Task<SyntheticCounts?> TryCopyToAsync(string path)
    {
        if (!File.Exists(databasePath) || !File.Exists(CountsPath)) return null;
        File.Copy(databasePath, path);
        Console.WriteLine($"Reusing the campaign kept in {databasePath}");
        await using var counts = File.OpenRead(CountsPath);
        return await JsonSerializer.DeserializeAsync<SyntheticCounts>(counts);
    }

    public async Task SaveAsync(string generatedPath, SyntheticCounts counts)
    {
        SyntheticCampaign.DeleteDatabaseFiles(databasePath);
        await SyntheticCampaign.BackUpAsync(generatedPath, databasePath);
        await File.WriteAllTextAsync(CountsPath, JsonSerializer.Serialize(counts));
    }
}
