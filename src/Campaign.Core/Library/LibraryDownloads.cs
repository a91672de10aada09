using System.Data;
using System.Data.Common;
using Campaign.Confidentiality;
using Microsoft.Data.Sqlite;

namespace Campaign.Library;

/// <summary>
/// One version's file, open for reading. <see cref="Content"/> reads the database column as it goes and owns the context it
/// reads from: dispose it (the endpoint does once the response is sent) and the connection is closed.
/// </summary>
public sealed record LibraryDownload(string FileName, string ContentType, long Length, string Sha256, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Library files as streams, never loaded whole: SQLite's incremental blob I/O on LibraryFiles.Content (its key, VersionId,
/// is an INTEGER PRIMARY KEY and so the rowid), and Npgsql's sequential reader on PostgreSQL. A version the actor may not
/// see (a staff-only document, for the coalition) is not found, exactly like one that does not exist.
/// </summary>
public sealed class LibraryDownloads(IDbContextFactory<CampaignDbContext> contexts)
{
    public async Task<LibraryDownload?> OpenAsync(Actor actor, int versionId, CancellationToken cancellationToken = default)
    {
        actor.Demand(Permission.ViewDirectory);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var version = await db.LibraryDocumentVersions.AsNoTracking().VisibleTo(Clearances.Of(actor)).Where(v => v.Id == versionId)
                .Select(v => new { v.FileName, v.ContentType, v.Length, v.Sha256 })
                .SingleOrDefaultAsync(cancellationToken);
            if (version is null)
            {
                await db.DisposeAsync();
                return null;
            }
            await db.Database.OpenConnectionAsync(cancellationToken);
            var content = db.Database.IsNpgsql()
                ? await OpenPostgresAsync(db, versionId, cancellationToken)
                : new SqliteBlob((SqliteConnection)db.Database.GetDbConnection(), nameof(CampaignDbContext.LibraryFiles), nameof(LibraryFile.Content),
                    versionId, readOnly: true);
            return new LibraryDownload(version.FileName, version.ContentType, version.Length, version.Sha256, new OwningStream(content, [db]));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static async Task<Stream> OpenPostgresAsync(CampaignDbContext db, int versionId, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT "Content" FROM "LibraryFiles" WHERE "VersionId" = @id""";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = versionId;
        command.Parameters.Add(parameter);
        DbDataReader? reader = null;
        try
        {
            // Sequential access streams the bytea column from the wire instead of buffering the row.
            reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException($"Library version {versionId} has no file.");
            return new OwningStream(reader.GetStream(0), [reader, command]);
        }
        catch
        {
            if (reader is not null) await reader.DisposeAsync();
            await command.DisposeAsync();
            throw;
        }
    }

    /// <summary>A read-only stream that disposes what it reads through (reader, command, context) when it is disposed.</summary>
    private sealed class OwningStream(Stream inner, IAsyncDisposable[] owners) : Stream
    {
        // The response disposes the stream, and so does the download it belongs to: the second time does nothing.
        private bool _disposed;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            if (_disposed) return;
            _disposed = true;
            await inner.DisposeAsync();
            foreach (var owner in owners) await owner.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                inner.Dispose();
                foreach (var owner in owners) owner.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            base.Dispose(disposing);
        }
    }
}
