namespace MetricAssistant.Demo;

/// <summary>
/// Expected orders per (day, store, channel): overall growth and a rising online share, the calendar's day
/// factors, regional trends, store openings and ramp-up, and a drifting online channel mix; scaled so the total
/// is the scale's target.
/// </summary>
internal static class DemoDemand
{
    // online channel mix at the start and the end of the period: tmall, jd, miniapp, douyin
    private static readonly double[] MixStart = [0.40, 0.27, 0.17, 0.16];
    private static readonly double[] MixEnd = [0.29, 0.23, 0.21, 0.27];

    /// <summary>Fills <see cref="DemoWorld.Lambda"/> and returns the expected number of orders (the scale's target).</summary>
    public static double Fill(DemoWorld world, double[] baseWeight)
    {
        var regionCount = DemoReferenceData.Regions.Count;
        var initialWeight = new double[regionCount];
        for (var s = 0; s < world.StoreCount; s++)
            if (world.StoreOpenDay[s] <= 0) initialWeight[world.StoreRegion[s]] += baseWeight[s];

        var weight = new double[world.StoreCount];
        var regionWeight = new double[regionCount];
        var total = 0.0;
        for (var d = 0; d < DemoWorld.Days; d++)
        {
            var t = d / (double)(DemoWorld.Days - 1);
            var growth = 1 + 0.18 * t;
            var onlineShare = 0.46 + 0.14 * t;
            var storeDay = growth * (1 - onlineShare) * DemoCalendar.StoreDayFactor(world.Dates[d], d);
            var onlineDay = growth * onlineShare * DemoCalendar.OnlineDayFactor(world.Dates[d], d);
            var weekend = world.DayOfWeek(d) is 0 or 6;

            Array.Clear(regionWeight);
            for (var s = 0; s < world.StoreCount; s++)
            {
                var age = d - world.StoreOpenDay[s];
                if (age < 0) { weight[s] = 0; continue; }
                var ramp = age < 3 ? 1.8 : age < 60 ? 0.6 + 0.4 * age / 60.0 : 1.0;   // opening days, then ramp-up
                weight[s] = baseWeight[s] * ramp;
                regionWeight[world.StoreRegion[s]] += weight[s];
            }
            for (var s = 0; s < world.StoreCount; s++)
            {
                if (weight[s] == 0) continue;
                var r = world.StoreRegion[s];
                // a region grows with its own trend and (less than proportionally) with new stores
                var regionDemand = DemoWorld.RegionShare[r] * (1 + DemoWorld.RegionGrowth[r] * t) * Math.Sqrt(regionWeight[r] / initialWeight[r]);
                var share = regionDemand * weight[s] / regionWeight[r];
                var baseIndex = (d * world.StoreCount + s) * DemoWorld.ChannelCount;
                var outletWeekend = world.StoreType[s] == 2 && weekend ? 1.15 : 1.0;
                var v = storeDay * share * outletWeekend;
                world.Lambda[baseIndex] = v;
                total += v;
                for (var c = 1; c < DemoWorld.ChannelCount; c++)
                {
                    var mix = MixStart[c - 1] + (MixEnd[c - 1] - MixStart[c - 1]) * t;
                    var o = onlineDay * share * mix;
                    world.Lambda[baseIndex + c] = o;
                    total += o;
                }
            }
        }
        var target = DemoWorld.OrdersPerScale * world.Scale;
        var factor = target / total;
        for (var i = 0; i < world.Lambda.Length; i++) world.Lambda[i] *= factor;
        return target;
    }
}
