using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Campaign.Benchmarks;

/// <summary>
/// What a browser does over plain HTTP before its circuit starts: sign in through the app's Identity form (its
/// antiforgery token and handler name are hidden fields) into a cookie jar, and fetch a prerendered page for the
/// server component markers and prerendered state that start the circuit.
/// </summary>
public sealed partial class CircuitHttp : IDisposable
{
    private readonly HttpClient _http;

    public CircuitHttp(string baseUrl)
    {
        BaseUri = new Uri(baseUrl.TrimEnd('/') + "/");
        // No redirects followed: a redirect to the login page must show as a failure, not as a page.
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = BaseUri,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>The app's root with a trailing slash (what <c>document.baseURI</c> is in the browser).</summary>
    public Uri BaseUri { get; }

    /// <summary>The signed-in user's cookies, which the circuit's connection sends too.</summary>
    public CookieContainer Cookies { get; } = new();

    public async Task SignInAsync(string email, string password)
    {
        var form = await _http.GetStringAsync("account/login");
        var fields = HiddenInputs(form);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await _http.PostAsync("account/login", new FormUrlEncodedContent(fields));
        SendSecureCookiesOverHttp();
        var location = response.Headers.Location?.ToString() ?? "";
        if ((int)response.StatusCode is < 300 or >= 400 || location.Contains("login", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode} {location}, not a redirect into the app.");
    }

    /// <summary>The prerendered page at <paramref name="path"/> (relative, e.g. "" for the dashboard).</summary>
    public async Task<PrerenderedPage> GetPageAsync(string path)
    {
        SendSecureCookiesOverHttp();
        using var response = await _http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode} {response.Headers.Location}");
        var html = await response.Content.ReadAsStringAsync();
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            // End markers ({"prerenderId":…}) have no type; WebAssembly and auto components are not this client's.
            .Where(m => (string?)m["type"] == "server")
            .OrderBy(m => (int)m["sequence"]!)
            .ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"GET /{path} has no interactive server components.");
        var state = State().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        return new PrerenderedPage(new Uri(BaseUri, path), markers, state);
    }

    /// <summary>
    /// Outside Development the auth cookie is Secure. Browsers count loopback as a secure origin and send it over plain
    /// HTTP; .NET's cookie jar does not, so the jar's copies lose the flag (the app may reissue the cookie at any request).
    /// </summary>
    private void SendSecureCookiesOverHttp()
    {
        foreach (var cookie in Cookies.GetAllCookies().Where(c => c.Secure)) cookie.Secure = false;
    }

    private static Dictionary<string, string> HiddenInputs(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
            if (Attribute("name").Match(tag) is not { Success: true } name) continue;
            fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = WebUtility.HtmlDecode(Attribute("value").Match(tag).Groups[1].Value);
        }
        return fields;
    }

    private static Regex Attribute(string name) => new($"\\s{name}=\"([^\"]*)\"");

    [GeneratedRegex(@"<input\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex State();

    public void Dispose() => _http.Dispose();
}

/// <summary>A prerendered page: its address, its server components' markers (in sequence order) and its persisted state.</summary>
public sealed record PrerenderedPage(Uri Address, IReadOnlyList<JsonObject> Markers, string State);
