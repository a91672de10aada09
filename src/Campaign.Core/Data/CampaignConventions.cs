using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Campaign.Data;

/// <summary>
/// What every entity's configuration would otherwise repeat: an <see cref="IVersioned"/> entity's version is its concurrency
/// token, and an optional link is cleared when the row it points at is deleted (a required one goes with it, EF's own rule).
/// A configuration that says otherwise wins.
/// </summary>
internal sealed class CampaignConventions : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entity in modelBuilder.Metadata.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                entity.FindProperty(nameof(IVersioned.Version))?.Builder.IsConcurrencyToken(true);
            foreach (var link in entity.GetDeclaredForeignKeys().Where(k => !k.IsRequired))
                link.Builder.OnDelete(DeleteBehavior.SetNull);
        }
    }
}
