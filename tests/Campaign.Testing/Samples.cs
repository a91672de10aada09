namespace Campaign.Testing;

public static class Samples
{
    /// <summary>The repository's samples/ipem folder, found by walking up from the test binaries.</summary>
    public static string IpemFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "ipem");
                if (File.Exists(Path.Combine(candidate, "campaign.json"))) return candidate;
            }
            throw new DirectoryNotFoundException("samples/ipem not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A writable copy of the sample folder, for tests that break a file on purpose.</summary>
    public static string CopyToTemp()
    {
        var target = Path.Combine(Path.GetTempPath(), $"campaign-samples-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(IpemFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(IpemFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
