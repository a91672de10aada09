using Campaign.Common;
using Campaign.Web.Components.Errors;
using Microsoft.AspNetCore.Components;

namespace Campaign.Web.Components.Shared;

/// <summary>What <see cref="SaveStatus"/> reads from a <see cref="ServerForm{TModel}"/>, whatever its model.</summary>
public interface IServerForm
{
    bool Busy { get; }

    /// <summary>The service's answer to the last save (null before one, or when it threw).</summary>
    SaveResult? Result { get; }

    /// <summary>Why the last save threw, if it did.</summary>
    Failure? Failure { get; }

    bool IsConflict { get; }

    string RecordName { get; }

    string RetryPhrase { get; }

    EventCallback OnReloadRequested { get; }

    RenderFragment? ConflictContent { get; }
}
