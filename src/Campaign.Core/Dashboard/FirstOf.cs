namespace Campaign.Dashboard;

/// <summary>
/// The first <paramref name="count"/> items offered, in <paramref name="order"/>, kept without sorting them all: a heap whose
/// root is the last of those kept, replaced by anything offered that comes before it.
/// </summary>
internal sealed class FirstOf<T>(int count, IComparer<T> order)
{
    private readonly PriorityQueue<T, T> _kept = new(Comparer<T>.Create((a, b) => order.Compare(b, a)));

    public void Offer(T item)
    {
        if (_kept.Count < count) _kept.Enqueue(item, item);
        else if (count > 0 && order.Compare(item, _kept.Peek()) < 0) _kept.DequeueEnqueue(item, item);
    }

    public List<T> InOrder()
    {
        var list = _kept.UnorderedItems.Select(i => i.Element).ToList();
        list.Sort(order);
        return list;
    }
}
