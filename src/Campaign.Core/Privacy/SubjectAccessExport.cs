using System.Text.Json;
using System.Text.Json.Serialization;

namespace Campaign.Privacy;

/// <summary>The subject-access report as files: JSON for machines, PDF for the person who asked.</summary>
public static class SubjectAccessExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToJson(SubjectAccessReport report) => JsonSerializer.SerializeToUtf8Bytes(report, Json);

    public static string FileName(SubjectAccessReport report, string extension) =>
        $"subject-access-{report.StakeholderId}-{report.GeneratedAt:yyyy-MM-dd}.{extension}";

    public static byte[] ToPdf(SubjectAccessReport report) => SubjectAccessPdf.Render(report);

    public static string PackKind(SubjectPackKind kind) => kind switch
    {
        SubjectPackKind.Meeting => "Meeting pack",
        SubjectPackKind.List => "Bulk export (zip)",
        _ => "Person's pack",
    };
}
