namespace MetricAssistant.Demo;

/// <summary>
/// Everything the month partitions share, computed once and read-only afterwards: the calendar and its
/// seasonal factors, store and product attributes, the expected number of orders per (day, store, channel)
/// and the customers. Depends only on seed and scale (products and store sizes only on constants).
/// The constructor sizes the arrays and sets up stores; <see cref="DemoCalendar"/>, <see cref="DemoDemand"/>,
/// <see cref="DemoProductCatalog"/> and <see cref="DemoCustomerBase"/> fill the rest, in that order (each reads
/// what the ones before it filled).
/// </summary>
internal sealed class DemoWorld
{
    public const int Days = 731;                       // 2024-01-01 .. 2025-12-31
    public const int EndSec = Days * 86400 - 1;        // 2025-12-31 23:59:59
    public const int ChannelCount = 5;                 // store, tmall, jd, miniapp, douyin (DemoReferenceData order)
    public const int CategoryCount = 5;
    public const int ProductsPerCategory = 200;
    public const double OrdersPerScale = 1_000_000;
    public const double CustomersPerScale = 300_000;
    public const int PreSignupDays = 1826;             // customers may have signed up from 2019-01-01
    public const double AppointmentRate = 0.16;        // appointments per expected in-store order (standard store)
    public const double ArrivedShare = 0.715;
    public const double PurchaseShareOfArrived = 0.58;

    public static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public readonly int Seed;
    public readonly double Scale;
    public readonly int StoreCount;

    // calendar
    public readonly DateOnly[] Dates = new DateOnly[Days];
    public readonly byte[] Promo = new byte[Days];              // 0 none, 1 promotion period, 2 peak day (6/18, 11/11)
    public readonly double[] CategoryBoost = new double[Days * CategoryCount];
    public readonly int[] MonthStartDay = new int[25];          // day index of the 1st of month m (m = 0..24)

    // stores (index = store_id - 1)
    public readonly int[] StoreRegion;
    public readonly byte[] StoreType;                           // 0 flagship, 1 standard, 2 outlet
    public readonly int[] StoreOpenDay;                         // day index of opening (negative: before 2024)
    public readonly double[] StoreConversion;                   // in-store conversion base of the store
    public readonly double[] StoreAppointmentRate;

    /// <summary>Expected orders per (day, store, channel), index (day * StoreCount + store) * 5 + channel.</summary>
    public readonly double[] Lambda;
    public readonly double ExpectedOrders;

    // products (index = product_id - 1)
    public readonly string[] ProductName = new string[CategoryCount * ProductsPerCategory];
    public readonly byte[] ProductCategory = new byte[CategoryCount * ProductsPerCategory];
    public readonly long[] ProductListCents = new long[CategoryCount * ProductsPerCategory];
    public readonly long[] ProductCostCents = new long[CategoryCount * ProductsPerCategory];
    public readonly double[][] CategoryProductCumulative = new double[CategoryCount][];   // popularity within a category
    public readonly int[][] CategoryProducts = new int[CategoryCount][];                  // product ids by popularity slot

    // customers (index = customer_id - 1, ids in signup order)
    public readonly int CustomerCount;
    public readonly int[] CustomerSignupDay;                    // day index, negative before 2024
    public readonly byte[] CustomerRegion;
    public readonly byte[] CustomerLevel;                       // 0 regular, 1 silver, 2 gold
    public readonly byte[] CustomerActivity;                    // acceptance weight 0..255
    public readonly int[][] RegionCustomers;                    // customer ids per region, signup order
    public readonly int[][] RegionSignedUpBy;                   // [region][day + PreSignupDays] = customers signed up on or before that day

    public static readonly double[] RegionShare = [0.36, 0.21, 0.22, 0.12, 0.09];       // east north south southwest central
    public static readonly double[] RegionGrowth = [0.00, -0.02, 0.04, 0.12, 0.10];     // extra growth over two years
    private static readonly double[] TypeWeight = [2.4, 1.0, 1.5];

    public DemoWorld(int seed, double scale)
    {
        Seed = seed;
        Scale = scale;
        var stores = DemoReferenceData.Stores;
        StoreCount = stores.Count;
        DemoCalendar.Fill(this);

        StoreRegion = new int[StoreCount];
        StoreType = new byte[StoreCount];
        StoreOpenDay = new int[StoreCount];
        StoreConversion = new double[StoreCount];
        StoreAppointmentRate = new double[StoreCount];
        var baseWeight = new double[StoreCount];
        var regionCodes = DemoReferenceData.Regions.Select(r => r.Code).ToList();
        for (var s = 0; s < StoreCount; s++)
        {
            var store = stores[s];
            StoreRegion[s] = regionCodes.IndexOf(DemoReferenceData.CityOf(store).RegionCode);
            StoreType[s] = store.StoreType switch { "flagship" => 0, "standard" => 1, _ => 2 };
            StoreOpenDay[s] = store.OpenedOn.DayNumber - DemoReferenceData.FirstDay.DayNumber;
            var tier = store.CityEn switch
            {
                "Shanghai" or "Beijing" => 1.15,
                "Guangzhou" or "Shenzhen" or "Hangzhou" or "Chengdu" => 1.05,
                _ => 0.9,
            };
            // store sizes are a fixed property of the demo (seed-independent)
            baseWeight[s] = TypeWeight[StoreType[s]] * tier * (0.75 + 0.5 * DemoRandom.Hash01(0, 11, (ulong)s));
            StoreConversion[s] = (StoreType[s] switch { 0 => 0.10, 1 => 0.16, _ => 0.22 }) * (0.85 + 0.3 * DemoRandom.Hash01(0, 12, (ulong)s));
            StoreAppointmentRate[s] = AppointmentRate * (StoreType[s] switch { 0 => 1.4, 1 => 1.0, _ => 0.4 });
        }

        Lambda = new double[Days * StoreCount * ChannelCount];
        ExpectedOrders = DemoDemand.Fill(this, baseWeight);
        DemoProductCatalog.Fill(this);

        CustomerCount = Math.Max(200, (int)Math.Round(CustomersPerScale * scale));   // every region gets customers
        CustomerSignupDay = new int[CustomerCount];
        CustomerRegion = new byte[CustomerCount];
        CustomerLevel = new byte[CustomerCount];
        CustomerActivity = new byte[CustomerCount];
        RegionCustomers = new int[DemoReferenceData.Regions.Count][];
        RegionSignedUpBy = new int[DemoReferenceData.Regions.Count][];
        DemoCustomerBase.Fill(this);
    }

    public static int DaySeconds(int day) => day * 86400;

    public int DayOfWeek(int day) => (int)Dates[day].DayOfWeek;

    public bool IsOpen(int store, int day) => StoreOpenDay[store] <= day;

    public double LambdaAt(int day, int store, int channel) => Lambda[(day * StoreCount + store) * ChannelCount + channel];

    /// <summary>
    /// A customer of <paramref name="region"/> who had signed up by <paramref name="day"/>: sometimes a
    /// brand-new member (first purchases follow signup), otherwise an existing one weighted by activity.
    /// </summary>
    public int PickCustomer(ref DemoRandom rng, int region, int day)
    {
        var list = RegionCustomers[region];
        if (list.Length == 0) return 1 + rng.NextInt(CustomerCount);
        var by = RegionSignedUpBy[region];
        var known = by[day + PreSignupDays];
        if (known == 0) return list[0];
        if (rng.Chance(0.12))
        {
            var recentFrom = by[Math.Max(0, day + PreSignupDays - 30)];
            if (known > recentFrom) return list[recentFrom + rng.NextInt(known - recentFrom)];
        }
        var candidate = list[rng.NextInt(known)];
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (rng.NextInt(256) < CustomerActivity[candidate - 1]) return candidate;
            candidate = list[rng.NextInt(known)];
        }
        return candidate;
    }
}
