using System.Diagnostics;

namespace Campaign.Documents.Tests.Support;

internal static class Qpdf
{
    /// <summary>Runs qpdf --check; returns its exit code (0 = clean, 3 = warnings) and output.</summary>
    public static (int ExitCode, string Output) Check(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/qpdf"))
            Assert.Skip("qpdf is not installed.");

        var path = Path.Combine(Path.GetTempPath(), $"campaign-documents-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/qpdf", ["--check", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
