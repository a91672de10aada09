using Campaign.Importing.Csv;

namespace Campaign.Core.Tests.Importing;

/// <summary>Reports on the import's own thread, so a test can act at an exact moment of it (Progress&lt;T&gt; posts later).</summary>
internal sealed class SynchronousProgress(Action<CsvImportProgress> report) : IProgress<CsvImportProgress>
{
    public void Report(CsvImportProgress value) => report(value);
}
