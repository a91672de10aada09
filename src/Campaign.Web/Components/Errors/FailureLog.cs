using Microsoft.Extensions.Logging;

namespace Campaign.Web.Components.Errors;

/// <summary>
/// Logs a failure with a new reference, stack included, and returns what the user is shown. The reference is the
/// one thing a user can pass on that finds the exact log entry.
/// </summary>
public sealed partial class FailureLog(ILogger<FailureLog> logger)
{
    public Failure Report(Exception exception, string action)
    {
        var failure = new Failure(Failure.Classify(exception), ErrorReference.New());
        switch (failure.Kind)
        {
            case FailureKind.Unexpected:
                Unexpected(logger, exception, failure.Reference, action);
                break;
            default:
                // Expected under load or by role: worth a trace, not an alarm.
                Expected(logger, exception, failure.Kind, failure.Reference, action);
                break;
        }
        return failure;
    }

    [LoggerMessage(EventId = 1600, Level = LogLevel.Error, Message = "Error reference {Reference} while {Action}")]
    private static partial void Unexpected(ILogger logger, Exception exception, string reference, string action);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "{Kind} (reference {Reference}) while {Action}")]
    private static partial void Expected(ILogger logger, Exception exception, FailureKind kind, string reference, string action);
}
