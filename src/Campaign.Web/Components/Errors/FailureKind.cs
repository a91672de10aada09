namespace Campaign.Web.Components.Errors;

/// <summary>What went wrong, as far as the user needs to know: each kind gets its own plain message.</summary>
public enum FailureKind
{
    /// <summary>Someone else saved the same record first.</summary>
    Conflict,

    /// <summary>The database was busy with another write and this one gave up waiting.</summary>
    LockWait,

    /// <summary>The service refused the user's role.</summary>
    AccessDenied,

    /// <summary>Anything else: a fault on our side, logged with its reference.</summary>
    Unexpected,
}
