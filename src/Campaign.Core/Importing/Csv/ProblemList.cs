namespace Campaign.Importing.Csv;

/// <summary>Every problem is counted; the first few hundred are kept to show (a file with 100,000 bad rows needs a fix, not a list).</summary>
internal sealed class ProblemList
{
    private readonly List<ImportProblem> _kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> Kept => _kept;

    public void Add(ImportProblem problem)
    {
        Count++;
        if (_kept.Count < CsvImportPreview.ListLimit) _kept.Add(problem);
    }

    public void AddRange(IEnumerable<ImportProblem> problems)
    {
        foreach (var problem in problems) Add(problem);
    }
}
