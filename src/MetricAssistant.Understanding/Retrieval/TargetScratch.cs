namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Best score and document per target for one query, with generation stamps instead of clearing, so a reused
/// scratch costs nothing per query beyond the targets it touches. One query at a time: rent it from a
/// <see cref="TargetScratchPool"/>.
/// </summary>
internal sealed class TargetScratch(int size)
{
    private readonly float[] best = new float[size];
    private readonly int[] bestDocument = new int[size];
    private readonly int[] stamp = new int[size];
    private readonly List<int> touched = [];
    private int generation;

    public void Begin()
    {
        touched.Clear();
        if (++generation == int.MaxValue)
        {
            Array.Clear(stamp);
            generation = 1;
        }
    }

    public void Offer(int target, float score, int document)
    {
        if (stamp[target] != generation)
        {
            stamp[target] = generation;
            best[target] = score;
            bestDocument[target] = document;
            touched.Add(target);
        }
        else if (score > best[target] || (score == best[target] && document < bestDocument[target]))
        {
            best[target] = score;
            bestDocument[target] = document;
        }
    }

    /// <summary>The <paramref name="count"/> best targets that <paramref name="allow"/> accepts, best first (ties: official, then id order).</summary>
    public List<ChannelHit> Select(int count, Func<string, bool>? allow, MetricTarget[] targets)
    {
        // min-heap of the current best `count`, worst at the root
        var heap = new List<int>(Math.Min(count, touched.Count) + 1);
        foreach (var t in touched)
        {
            if (heap.Count == count && !Better(t, heap[0], targets)) continue;
            if (allow is not null && !allow(targets[t].Id)) continue;
            if (heap.Count < count)
            {
                heap.Add(t);
                SiftUp(heap, heap.Count - 1, targets);
            }
            else
            {
                heap[0] = t;
                SiftDown(heap, 0, targets);
            }
        }
        heap.Sort((a, b) => Better(a, b, targets) ? -1 : Better(b, a, targets) ? 1 : 0);
        return heap.Select(t => new ChannelHit(t, best[t], bestDocument[t])).ToList();
    }

    private bool Better(int a, int b, MetricTarget[] targets)
    {
        if (best[a] != best[b]) return best[a] > best[b];
        if (targets[a].Official != targets[b].Official) return targets[a].Official;
        return a < b;
    }

    private void SiftUp(List<int> heap, int i, MetricTarget[] targets)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent], heap[i], targets)) break;
            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(List<int> heap, int i, MetricTarget[] targets)
    {
        while (true)
        {
            var left = 2 * i + 1;
            var right = left + 1;
            var worst = i;
            if (left < heap.Count && Better(heap[worst], heap[left], targets)) worst = left;
            if (right < heap.Count && Better(heap[worst], heap[right], targets)) worst = right;
            if (worst == i) return;
            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
