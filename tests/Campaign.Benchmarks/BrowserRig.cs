using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Campaign.Benchmarks;

/// <summary>
/// What both browser entries stand on: a copy of the synthetic database with accounts to sign in as, the app running on
/// it as a process of its own, and one Chromium. Disposing ends the browser, then the app, then deletes the copy, in
/// that order, whatever failed.
/// </summary>
public sealed class BrowserRig : IAsyncDisposable
{
    private DatabaseCopy? _copy;
    private AppUnderTest? _app;
    private Chromium? _chromium;
    private int _reconnects;

    public AppUnderTest App => _app!;
    public Chromium Chromium => _chromium!;

    /// <summary>Times a page showed Blazor's reconnect dialog (or worse) in any context of this rig.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>A name every scale's data has (the first person's family name without its digits), for search and the attendee picker.</summary>
    public string SearchTerm { get; private set; } = "";

    public static async Task<BrowserRig> StartAsync(BenchmarkContext context, int users)
    {
        var rig = new BrowserRig();
        try
        {
            rig._copy = context.Data.Copy();
            rig.SearchTerm = await FamilyNameAsync(rig._copy);
            await BenchmarkAccounts.AddAsync(rig._copy, users);
            rig._app = await AppUnderTest.StartAsync(rig._copy.Path);
            rig._chromium = await Chromium.LaunchAsync();
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>User <paramref name="n"/> (from 1) signed in, in a context of their own, with the circuit up.</summary>
    public async Task<IPage> SignInAsync(int n)
    {
        var page = await Chromium.SignInAsync(App.BaseUrl, BenchmarkAccounts.Email(n), async context =>
            await context.ExposeFunctionAsync("__benchReconnect", (string state) =>
            {
                Interlocked.Increment(ref _reconnects);
                Console.Error.WriteLine($"User {n}: the reconnect dialog reports \"{state}\"");
            }));
        return page;
    }

    private static async Task<string> FamilyNameAsync(DatabaseCopy copy)
    {
        await using var connection = new SqliteConnection(copy.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT FamilyName FROM Stakeholders ORDER BY Id LIMIT 1";
        var name = (string)(await command.ExecuteScalarAsync())!;
        return name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
        if (_copy is not null) await _copy.DisposeAsync();
    }
}
