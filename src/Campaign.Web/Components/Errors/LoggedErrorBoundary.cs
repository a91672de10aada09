using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace Campaign.Web.Components.Errors;

/// <summary>
/// An error boundary that logs what it catches under a short reference (stack included) and recovers by itself when
/// the user goes to another page: the layout, and so the boundary, outlives navigation.
/// </summary>
public abstract class LoggedErrorBoundary : ErrorBoundaryBase, IDisposable
{
    [Inject] private FailureLog Failures { get; set; } = null!;

    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    /// <summary>What the user is told about the exception being shown (null while the content is shown).</summary>
    protected Failure? Failure { get; private set; }

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override Task OnErrorAsync(Exception exception)
    {
        Failure = Failures.Report(exception, $"showing {Navigation.Uri}");
        return Task.CompletedTask;
    }

    /// <summary>Shows the content again (rendered afresh); the "Try again" button.</summary>
    protected void TryAgain()
    {
        Failure = null;
        Recover();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (CurrentException is not null) _ = InvokeAsync(TryAgain);
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
