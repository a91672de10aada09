using System.Net;
using Campaign.Web.Security;

namespace Campaign.Web.Tests.Startup;

/// <summary>Every kind of response carries the security headers, read from the real app.</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/favicon.svg", false)]
    [InlineData("/no-such-page", true)]
    [InlineData("/stakeholders", true)]
    [InlineData("/export/stakeholders.csv", true)]
    [InlineData("/dashboard/1/engagement.csv", true)]
    public async Task Every_response_says_what_the_browser_may_do(string path, bool signedIn)
    {
        var client = signedIn ? await _app.SignedInClientAsync(AppFactory.PublicAffairs) : _app.Client();

        var response = await client.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self';", "style-src 'self' 'unsafe-inline';", "frame-ancestors 'self'", "form-action 'self'", "base-uri 'self'" })
            Assert.Contains(directive, policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_for_the_policy_to_refuse()
    {
        var client = await _app.SignedInClientAsync(AppFactory.PublicAffairs);

        var html = await client.GetStringAsync("/");

        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }
}
