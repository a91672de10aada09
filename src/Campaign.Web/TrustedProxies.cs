using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Campaign.Web;

public static class TrustedProxies
{
    public const string Section = "Campaign:TrustedProxies";

    /// <summary>
    /// Behind nginx the app must see the browser's scheme (https, for secure cookies and redirects) and address. X-Forwarded-*
    /// is believed only from loopback and the addresses under <c>Campaign:TrustedProxies</c>.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in configuration.GetSection(Section).Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(address));
        });
}
