namespace MetricAssistant.Demo;

/// <summary>
/// The customers: signups ramping up before 2024 and then following the business, regions by share and growth,
/// member levels and activity; ids in signup order, listed per region for picking by signup day.
/// </summary>
internal static class DemoCustomerBase
{
    /// <summary>Fills the world's customer arrays (sized by the world before).</summary>
    public static void Fill(DemoWorld world)
    {
        var rng = DemoRandom.ForStream(world.Seed, 31);
        var span = DemoWorld.PreSignupDays + DemoWorld.Days;
        // signup intensity: ramping up before 2024, then following the business (promotions bring members)
        var cumulative = new double[span];
        var sum = 0.0;
        const double preShare = 0.42;
        var preTotal = 0.0;
        for (var i = 0; i < DemoWorld.PreSignupDays; i++) preTotal += 1 + 3.0 * i / DemoWorld.PreSignupDays;
        var inTotal = 0.0;
        var inWeight = new double[DemoWorld.Days];
        for (var d = 0; d < DemoWorld.Days; d++)
        {
            var w = 0.0;
            for (var s = 0; s < world.StoreCount; s++)
                for (var c = 0; c < DemoWorld.ChannelCount; c++) w += world.LambdaAt(d, s, c);
            inWeight[d] = w;
            inTotal += w;
        }
        for (var i = 0; i < span; i++)
        {
            sum += i < DemoWorld.PreSignupDays
                ? preShare * (1 + 3.0 * i / DemoWorld.PreSignupDays) / preTotal
                : (1 - preShare) * inWeight[i - DemoWorld.PreSignupDays] / inTotal;
            cumulative[i] = sum;
        }
        var perDay = new int[span];
        for (var i = 0; i < world.CustomerCount; i++) perDay[rng.Pick(cumulative)]++;

        var regionCount = DemoReferenceData.Regions.Count;
        var regionCumulative = new double[regionCount];
        var rs = 0.0;
        for (var r = 0; r < regionCount; r++)
        {
            rs += DemoWorld.RegionShare[r] * (1 + DemoWorld.RegionGrowth[r] * 0.5);
            regionCumulative[r] = rs;
        }
        var regionLists = Enumerable.Range(0, regionCount).Select(_ => new List<int>()).ToArray();
        var signedUpBy = new int[regionCount][];
        for (var r = 0; r < regionCount; r++) signedUpBy[r] = new int[span];
        var regionRunning = new int[regionCount];
        var id = 0;
        for (var i = 0; i < span; i++)
        {
            for (var k = 0; k < perDay[i]; k++)
            {
                var day = i - DemoWorld.PreSignupDays;
                var region = rng.Pick(regionCumulative);
                var u = rng.NextDouble();
                byte level = day < 0
                    ? (byte)(u < 0.13 ? 2 : u < 0.41 ? 1 : 0)
                    : (byte)(u < 0.047 ? 2 : u < 0.227 ? 1 : 0);
                var activity = (level switch { 2 => 1.0, 1 => 0.7, _ => 0.45 }) * (0.2 + 0.8 * rng.NextDouble());
                world.CustomerSignupDay[id] = day;
                world.CustomerRegion[id] = (byte)region;
                world.CustomerLevel[id] = level;
                world.CustomerActivity[id] = (byte)Math.Clamp((int)Math.Round(activity * 255), 1, 255);
                regionLists[region].Add(id + 1);
                regionRunning[region]++;
                id++;
            }
            for (var r = 0; r < regionCount; r++) signedUpBy[r][i] = regionRunning[r];
        }
        for (var r = 0; r < regionCount; r++)
        {
            world.RegionCustomers[r] = regionLists[r].ToArray();
            world.RegionSignedUpBy[r] = signedUpBy[r];
        }
    }
}
