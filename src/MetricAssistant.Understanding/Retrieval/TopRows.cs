namespace MetricAssistant.Understanding.Retrieval;

/// <summary>The k best (row, score) pairs; ties keep the lower row.</summary>
internal sealed class TopRows(int k)
{
    private readonly PriorityQueue<int, (float Score, int Row)> queue = new(Comparer<(float Score, int Row)>.Create(
        static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Row.CompareTo(a.Row)));

    public int Count => queue.Count;
    public bool IsFull => queue.Count >= k;
    public float WorstScore => queue.TryPeek(out _, out var worst) ? worst.Score : float.NegativeInfinity;

    public void Offer(int row, float score)
    {
        if (queue.Count < k)
        {
            queue.Enqueue(row, (score, row));
            return;
        }
        queue.TryPeek(out _, out var worst);
        if (score > worst.Score || (score == worst.Score && row < worst.Row)) queue.DequeueEnqueue(row, (score, row));
    }

    public IEnumerable<(int Row, float Score)> Drain()
    {
        var items = new List<(int Row, float Score)>(queue.Count);
        while (queue.TryDequeue(out var row, out var priority)) items.Add((row, priority.Score));
        items.Reverse();
        return items;
    }
}
