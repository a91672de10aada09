using Campaign.Exporting;
using Campaign.Importing.Csv;

namespace Campaign.Web.Endpoints;

/// <summary>Empty CSV files with the headers each import reads, for those who may import.</summary>
public static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{kind}.csv", (string kind) =>
                Common.EnumText.TryParse<CsvImportKind>(kind, out var k)
                    ? Results.File(CsvImportService.Template(k), CsvExportFormat.ContentType, $"{k.ToString().ToLowerInvariant()}-template.csv")
                    : null);
        return endpoints;
    }
}
