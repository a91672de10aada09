namespace Campaign.Common;

/// <summary>
/// Outcome of a write: the saved id, or field-level validation errors, or a concurrency conflict.
/// Field keys are the edit model's property names so the form can show each message at its field.
/// </summary>
public sealed record SaveResult
{
    public int? Id { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public bool IsConflict { get; init; }
    public bool IsNotFound { get; init; }

    public bool Succeeded => Id is not null && Errors.Count == 0 && !IsConflict && !IsNotFound;

    public static SaveResult Saved(int id) => new() { Id = id };
    public static SaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Errors = errors };
    public static SaveResult Conflict() => new() { IsConflict = true };
    public static SaveResult NotFound() => new() { IsNotFound = true };
}
