using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace Campaign.Web.Components.Layout;

/// <summary>
/// The dark-mode choice, in the browser's local storage under the Data Protection keys. A value that no longer reads (the
/// key ring changed) is forgotten, rather than failing every page for that browser.
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
