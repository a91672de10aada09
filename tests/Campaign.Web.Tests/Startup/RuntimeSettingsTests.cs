using System.Text.Json;

namespace Campaign.Web.Tests.Startup;

/// <summary>The runtime settings the app is built with (its runtimeconfig.json, which the tests' own host does not use).</summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Campaign.Web.runtimeconfig.json");
        using var file = JsonDocument.Parse(File.ReadAllText(path));
        return file.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Idle_thread_pool_workers_wait_without_spinning_and_methods_are_compiled_optimised_at_once()
    {
        var properties = ConfigProperties();
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
    }
}
