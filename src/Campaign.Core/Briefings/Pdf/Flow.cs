using Campaign.Common.Pdf;
using Campaign.Documents;

namespace Campaign.Briefings.Pdf;

/// <summary>
/// A section's blocks in order, laid out so that headings travel with what follows them: a run of headings and the
/// next block go into one keep-together group when that block is small enough to be sure to fit on a page.
/// </summary>
internal sealed class Flow
{
    private readonly List<(Action<IContainer> Compose, bool IsHeading, bool IsSmall)> _items = [];

    public Flow Heading(string title) => Add(c => DocumentTheme.SectionHeading(c, title), heading: true);

    public Flow SubHeading(string title) => Add(c => DocumentTheme.SubHeading(c, title), heading: true);

    /// <summary>Adds a block; <paramref name="small"/> promises it fits comfortably on one page.</summary>
    public Flow Block(Action<IContainer> compose, bool small = true) => Add(compose, heading: false, small);

    public void Compose(IContainer container, double spacing = 6) => container.Column(column =>
    {
        column.Spacing(spacing);
        for (var i = 0; i < _items.Count;)
        {
            var end = i;
            while (end < _items.Count && _items[end].IsHeading) end++;
            if (end < _items.Count && _items[end].IsSmall) end++;
            if (end == i) end = i + 1;

            var group = _items.GetRange(i, end - i);
            if (group.Count == 1)
            {
                column.Item().Element(group[0].Compose);
            }
            else
            {
                column.Item().ShowEntire().Column(together =>
                {
                    together.Spacing(spacing);
                    foreach (var item in group) together.Item().Element(item.Compose);
                });
            }
            i = end;
        }
    });

    private Flow Add(Action<IContainer> compose, bool heading, bool small = true)
    {
        _items.Add((compose, heading, small));
        return this;
    }
}
