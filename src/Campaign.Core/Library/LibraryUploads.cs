namespace Campaign.Library;

/// <summary>
/// Reads an upload into memory within the library's limit and checks its type: a declared length over the limit is refused
/// before a byte is read, and reading stops as soon as the stream proves longer than declared or allowed.
/// </summary>
public static class LibraryUploads
{
    private const int ChunkBytes = 81920;

    public static string TooLarge(string fileName) =>
        $"{Path.GetFileName(fileName)} is larger than {LibraryStore.MaxBytes / (1024 * 1024)} MB, the most a library file may be.";

    /// <summary>The checked file ready for <see cref="LibraryStore"/>, or null with a message added under <paramref name="field"/>.</summary>
    public static async Task<NewLibraryFile?> ReadAsync(LibraryUpload upload, ValidationErrors errors, string field, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(upload.FileName.Trim());
        if (name.Length == 0)
        {
            errors.Add(field, "Choose a file to upload.");
            return null;
        }
        if (name.Length > FieldLengths.Line)
        {
            errors.Add(field, "The file's name is longer than 500 characters. Rename it and upload it again.");
            return null;
        }
        if (upload.DeclaredLength > LibraryStore.MaxBytes)
        {
            errors.Add(field, TooLarge(name));
            return null;
        }

        var content = await ReadWithinLimitAsync(upload.Content, upload.DeclaredLength, cancellationToken);
        if (content is null)
        {
            errors.Add(field, TooLarge(name));
            return null;
        }
        if (content.Length == 0)
        {
            errors.Add(field, $"{name} is empty.");
            return null;
        }
        var (file, problem) = FileTypeSniffer.Check(name, content);
        if (file is null)
        {
            errors.Add(field, problem!);
            return null;
        }
        return new NewLibraryFile(name, file.ContentType, content, file.PageCount);
    }

    // Null when the stream holds more than the limit: a stream may be longer than its declared length, so never trust it.
    private static async Task<byte[]?> ReadWithinLimitAsync(Stream stream, long? declaredLength, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(declaredLength is { } n and > 0 ? (int)n : 0);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LibraryStore.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
