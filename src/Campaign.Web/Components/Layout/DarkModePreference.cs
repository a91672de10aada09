using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace Campaign.Web.Components.Layout;

/// <summary>
/// The dark-mode choice, kept in the browser's local storage. It is protected with the app's Data Protection keys, so
/// after the key ring changes (a restored or new database behind the same address) the stored value no longer reads:
/// it is then forgotten, and the page shows in light mode, rather than failing on every page for that browser.
/// </summary>
public sealed class DarkModePreference(ProtectedLocalStorage storage)
{
    private const string Key = "campaign.darkMode";

    public async Task<bool> ReadAsync()
    {
        try
        {
            var stored = await storage.GetAsync<bool>(Key);
            return stored.Success && stored.Value;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or System.Text.Json.JsonException)
        {
            await storage.DeleteAsync(Key);
            return false;
        }
    }

    public ValueTask SaveAsync(bool dark) => storage.SetAsync(Key, dark);
}
