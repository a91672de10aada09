using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Web.Components.Errors;

public static class ErrorHandlingServices
{
    /// <summary>The failure log (singleton) and one action runner per component that injects it.</summary>
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddSingleton<FailureLog>();
        services.AddTransient<ActionRunner>();
        return services;
    }
}
