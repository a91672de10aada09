using Campaign.Data;
using Campaign.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Core.Tests.Data;

public sealed class SharedDataProtectionTests : DatabaseTest
{
    /// <summary>One app instance's Data Protection, as Program.cs sets it up, on the shared database.</summary>
    private ServiceProvider Instance()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => Database.CreateDbContext());
        services.AddSharedDataProtection();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task What_one_instance_protects_another_unprotects_through_the_key_ring_in_the_database()
    {
        await using var first = Instance();
        await using var second = Instance();
        const string purpose = "Microsoft.AspNetCore.Authentication.Cookies";

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("signed in as Pat");

        Assert.Equal("signed in as Pat", second.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(cookie));
        await using var db = Database.CreateDbContext();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.Contains("<key ", (await db.DataProtectionKeys.SingleAsync()).Xml);
    }

    [Fact]
    public async Task Key_material_never_reaches_the_audit_trail()
    {
        await using var instance = Instance();
        instance.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");

        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Another_database_has_its_own_keys()
    {
        await using var other = await TestDatabase.CreateAsync();
        await using var first = Instance();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => other.CreateDbContext());
        services.AddSharedDataProtection();
        await using var stranger = services.BuildServiceProvider();

        var token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("p").Protect("x");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(
            () => stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("p").Unprotect(token));
    }
}
