namespace Campaign.Importing;

/// <summary>An uploaded file's name and bytes, as the browser sent them.</summary>
public sealed record UploadedFile(string Name, byte[] Content)
{
    public static UploadedFile FromText(string name, string text) => new(name, System.Text.Encoding.UTF8.GetBytes(text));
}
