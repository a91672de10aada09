using Campaign.Stakeholders;

namespace Campaign.Importing.Csv;

internal sealed partial class StakeholderImporter
{
    protected override async Task WriteRowsAsync(CsvWriteContext context, List<Row> created, List<Row> updated, CancellationToken cancellationToken)
    {
        foreach (var row in updated) row.Person.Id = row.ExistingId!.Value;
        await context.InsertAllAsync(created.Select(r => r.Person), context.StampNew, cancellationToken);
        if (updated.Count > 0)
            await context.UpdateAllAsync(updated.Select(r => r.Person), UpdatedProperties(), context.StampUpdated, cancellationToken);

        var withTags = created.Concat(Map.Has("Tags") ? updated : []).ToList();
        var withPosts = created.Concat(Map.Has("Posts") ? updated : []).ToList();
        await WriteTagsAsync(context, withTags, updated.Count > 0 && Map.Has("Tags") ? updated.Select(r => r.Person.Id) : [], cancellationToken);
        await WritePostsAsync(context, withPosts, updated.Count > 0 && Map.Has("Posts") ? updated.Select(r => r.Person.Id) : [], cancellationToken);
    }

    /// <summary>An update writes the file's columns only; a person's other fields stay as they are.</summary>
    private List<string> UpdatedProperties()
    {
        var properties = new List<string> { nameof(Stakeholder.UpdatedAt) };
        foreach (var field in Map.MappedFields)
        {
            switch (field)
            {
                case "Tags" or "Posts":
                    break;
                case "Kind":
                    properties.AddRange([nameof(Stakeholder.Kind), nameof(Stakeholder.House)]);
                    break;
                case "Organisation":
                    properties.Add(nameof(Stakeholder.OrganisationId));
                    break;
                case "Owner":
                    properties.Add(nameof(Stakeholder.RelationshipOwnerId));
                    break;
                case "Honorific" or "GivenName" or "FamilyName":
                    properties.AddRange([field, nameof(Stakeholder.DisplayName)]);
                    break;
                default:
                    properties.Add(field);
                    break;
            }
        }
        return properties;
    }

    private static async Task WriteTagsAsync(CsvWriteContext context, List<Row> rows, IEnumerable<int> replaced, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var join = db.Model.FindEntityType("StakeholderTags")!;
        await context.Stage.DeleteByAsync(join, "StakeholdersId", replaced, cancellationToken);
        if (rows.All(r => r.Tags.Count == 0)) return;

        var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        await using (var insertTag = await context.Stage.InsertAsync<Tag>(cancellationToken))
        {
            foreach (var name in rows.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !tags.ContainsKey(n)))
            {
                var tag = new Tag { Name = name };
                await insertTag.WriteAsync(tag, cancellationToken);
                tags[name] = tag.Id;
            }
        }
        await using var link = await context.Stage.InsertAsync(join, cancellationToken);
        foreach (var row in rows)
        {
            foreach (var name in row.Tags)
                await link.WriteValuesAsync(column => column == "StakeholdersId" ? row.Person.Id : tags[name], cancellationToken);
        }
    }

    private static async Task WritePostsAsync(CsvWriteContext context, List<Row> rows, IEnumerable<int> replaced, CancellationToken cancellationToken)
    {
        await context.Stage.DeleteByAsync(context.Db.Model.FindEntityType(typeof(Post))!, nameof(Post.StakeholderId), replaced, cancellationToken);
        await using var insert = await context.Stage.InsertAsync<Post>(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var title in row.Posts)
                await insert.WriteAsync(new Post { StakeholderId = row.Person.Id, Title = title }, cancellationToken);
        }
    }
}
