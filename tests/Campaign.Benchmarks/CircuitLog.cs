using Microsoft.Extensions.Logging;

namespace Campaign.Benchmarks;

/// <summary>
/// The SignalR client's warnings and errors for one load user, on standard error: a message it could not bind (a
/// protocol detail changed) or a handler that threw would otherwise pass unseen. BENCHMARK_CIRCUIT_LOG=1 adds its
/// debug messages.
/// </summary>
public sealed class CircuitLog(string name) : ILoggerProvider
{
    private static readonly LogLevel Level =
        Environment.GetEnvironmentVariable("BENCHMARK_CIRCUIT_LOG") == "1" ? LogLevel.Debug : LogLevel.Warning;

    public ILogger CreateLogger(string categoryName) => new Logger(name);

    public void Dispose() { }

    private sealed class Logger(string name) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= Level;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            Console.Error.WriteLine($"{name} ({logLevel}): {formatter(state, exception)}{(exception is null ? "" : $" {exception.Message}")}");
        }
    }
}
