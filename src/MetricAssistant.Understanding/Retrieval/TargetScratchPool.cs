using System.Collections.Concurrent;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Reuses <see cref="TargetScratch"/> buffers across queries (each is as large as the catalog's metric count);
/// keeps at most two per processor, enough for both channels of every concurrent query.
/// </summary>
internal sealed class TargetScratchPool(int targetCount)
{
    private readonly ConcurrentBag<TargetScratch> scratches = [];

    public TargetScratch Rent() => scratches.TryTake(out var s) ? s : new TargetScratch(targetCount);

    public void Return(TargetScratch scratch)
    {
        if (scratches.Count < Environment.ProcessorCount * 2) scratches.Add(scratch);
    }
}
