using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Campaign.Core.Tests.Confidentiality;

/// <summary>One answer the app gave, under a label saying what was asked ("profile 12", "search \"osei\"").</summary>
internal sealed record TranscriptEntry(string Label, string Text)
{
    /// <summary>The kind of question: the label up to its colon ("profile"), for the summary of differences.</summary>
    public string Group => Label.Split(':')[0];
}

/// <summary>Everything one reader got from the app, in the order it was asked, as indented JSON (or PDF text).</summary>
internal sealed class Transcript(string name)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropVersions } },
    };

    private readonly List<TranscriptEntry> _entries = [];

    public string Name { get; } = name;

    public IReadOnlyList<TranscriptEntry> Entries => _entries;

    public void Add(string label, object? value) => _entries.Add(new TranscriptEntry(label, JsonSerializer.Serialize(value, Json)));

    public void AddText(string label, string text) => _entries.Add(new TranscriptEntry(label, text));

    /// <summary>Writes the transcript to a file in the temp folder for reading a failure at leisure; returns the path.</summary>
    public string Save(string test)
    {
        var folder = Path.Combine(Path.GetTempPath(), "campaign-oracle");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{test}-{Name}.txt");
        var text = new StringBuilder();
        foreach (var entry in _entries) text.Append("=== ").AppendLine(entry.Label).AppendLine(entry.Text);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    // Normalisation: concurrency tokens are not data. SQLite counts saves; PostgreSQL's xmin moves on any UPDATE,
    // the strip's own included, so the same row has another Version in the copy.
    private static void DropVersions(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name == "Version") info.Properties.RemoveAt(i);
        }
    }
}
