using Campaign.Web.Components.Layout;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.JSInterop;

namespace Campaign.Web.Tests.Layout;

public sealed class DarkModePreferenceTests
{
    /// <summary>The browser's local storage, as the protected storage reaches it through JS interop.</summary>
    private sealed class FakeLocalStorage : IJSRuntime
    {
        public Dictionary<string, string> Items { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            var key = (string)args![0]!;
            object? result = identifier switch
            {
                "localStorage.getItem" => Items.GetValueOrDefault(key),
                "localStorage.setItem" => Items[key] = (string)args[1]!,
                "localStorage.removeItem" => Items.Remove(key),
                _ => throw new InvalidOperationException(identifier),
            };
            return ValueTask.FromResult(identifier == "localStorage.getItem" ? (TValue)result! : default!);
        }
    }

    private static DarkModePreference With(IJSRuntime browser, IDataProtectionProvider keys) => new(new ProtectedLocalStorage(browser, keys));

    [Fact]
    public async Task A_choice_saved_under_another_key_ring_is_forgotten_instead_of_failing()
    {
        var browser = new FakeLocalStorage();
        await With(browser, new EphemeralDataProtectionProvider()).SaveAsync(true);
        Assert.Single(browser.Items);

        // A restored or new database behind the same address: a new key ring cannot read the old value.
        var read = await With(browser, new EphemeralDataProtectionProvider()).ReadAsync();

        Assert.False(read);
        Assert.Empty(browser.Items);
    }

    [Fact]
    public async Task A_choice_saved_under_the_same_keys_reads_back()
    {
        var browser = new FakeLocalStorage();
        var keys = new EphemeralDataProtectionProvider();
        await With(browser, keys).SaveAsync(true);

        Assert.True(await With(browser, keys).ReadAsync());
    }
}
