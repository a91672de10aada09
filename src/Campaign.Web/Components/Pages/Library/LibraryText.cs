using System.Globalization;
using Campaign.Library;

namespace Campaign.Web.Components.Pages.Library;

/// <summary>How the library pages put sizes and visibility into words.</summary>
public static class LibraryText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0", English)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.0", English)} MB",
    };

    public static string Visibility(LibraryVisibility visibility) =>
        visibility == LibraryVisibility.Coalition ? "Shared with the coalition" : "Staff only";
}
