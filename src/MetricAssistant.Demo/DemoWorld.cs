namespace MetricAssistant.Demo;

/// <summary>
/// Everything the month partitions share, computed once and read-only afterwards: the calendar and its
/// seasonal factors, store and product attributes, the expected number of orders per (day, store, channel)
/// and the customers. Depends only on seed and scale (products and store sizes only on constants).
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
    private static readonly double[] RegionGrowth = [0.00, -0.02, 0.04, 0.12, 0.10];     // extra growth over two years
    private static readonly double[] TypeWeight = [2.4, 1.0, 1.5];
    private static readonly double[] MonthSeason = [0.97, 0.90, 1.00, 0.97, 1.00, 1.06, 0.96, 0.97, 1.00, 1.04, 1.10, 1.07];
    private static readonly double[] WeekdayStore = [1.38, 0.85, 0.85, 0.88, 0.90, 1.05, 1.45];   // Sunday first
    private static readonly double[] WeekdayOnline = [1.08, 0.97, 0.97, 0.98, 0.98, 1.00, 1.06];
    private static readonly int[] SpringFestival = [40, 394];   // 2024-02-10, 2025-01-29

    // online channel mix at the start and the end of the period: tmall, jd, miniapp, douyin
    private static readonly double[] MixStart = [0.40, 0.27, 0.17, 0.16];
    private static readonly double[] MixEnd = [0.29, 0.23, 0.21, 0.27];

    public DemoWorld(int seed, double scale)
    {
        Seed = seed;
        Scale = scale;
        var stores = DemoReferenceData.Stores;
        StoreCount = stores.Count;
        BuildCalendar();

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
        ExpectedOrders = BuildLambda(baseWeight);
        BuildProducts();

        CustomerCount = Math.Max(200, (int)Math.Round(CustomersPerScale * scale));   // every region gets customers
        CustomerSignupDay = new int[CustomerCount];
        CustomerRegion = new byte[CustomerCount];
        CustomerLevel = new byte[CustomerCount];
        CustomerActivity = new byte[CustomerCount];
        RegionCustomers = new int[DemoReferenceData.Regions.Count][];
        RegionSignedUpBy = new int[DemoReferenceData.Regions.Count][];
        BuildCustomers();
    }

    public static int DaySeconds(int day) => day * 86400;

    public int DayOfWeek(int day) => (int)Dates[day].DayOfWeek;

    public bool IsOpen(int store, int day) => StoreOpenDay[store] <= day;

    public double LambdaAt(int day, int store, int channel) => Lambda[(day * StoreCount + store) * ChannelCount + channel];

    private void BuildCalendar()
    {
        for (var d = 0; d < Days; d++)
        {
            var date = DemoReferenceData.FirstDay.AddDays(d);
            Dates[d] = date;
            Promo[d] = (date.Month, date.Day) switch
            {
                (6, 18) or (11, 11) => 2,
                (5, 31) or (6, <= 20) or (10, 31) or (11, <= 13) or (12, 12) or (3, 8) => 1,
                _ => 0,
            };
            var k = SpringFestivalOffset(d);
            for (var c = 0; c < CategoryCount; c++)
            {
                var boost = 1.0;
                switch (c)
                {
                    case 0: // apparel: new season in spring and autumn
                    case 1:
                        if (date.Month is 3 or 4 or 9 or 10 or 11) boost = 1.15;
                        break;
                    case 2: // beauty: Women's Day and the big festivals
                        if (date.Month == 3 && date.Day <= 8) boost = 1.4;
                        else if (Promo[d] > 0) boost = 1.25;
                        break;
                    case 3: // home: Double 11 is when people buy home goods
                        if (date.Month == 11) boost = 1.2;
                        break;
                    case 4: // food: New Year goods before Spring Festival
                        if (k is >= -21 and <= -2) boost = 1.9;
                        else if (date.Month == 9) boost = 1.2; // Mid-Autumn gifts
                        break;
                }
                CategoryBoost[d * CategoryCount + c] = boost;
            }
        }
        for (var m = 0; m <= 24; m++)
            MonthStartDay[m] = new DateOnly(2024 + m / 12, m % 12 + 1, 1).DayNumber - DemoReferenceData.FirstDay.DayNumber;
    }

    /// <summary>Days from the nearest Spring Festival (lunar new year's day), or int.MaxValue if far away.</summary>
    private static int SpringFestivalOffset(int day)
    {
        foreach (var sf in SpringFestival)
        {
            var k = day - sf;
            if (k is >= -30 and <= 30) return k;
        }
        return int.MaxValue;
    }

    private double StoreDayFactor(int d)
    {
        var date = Dates[d];
        var f = MonthSeason[date.Month - 1] * WeekdayStore[(int)date.DayOfWeek];
        f *= (date.Month, date.Day) switch
        {
            (1, 1) => 1.3,
            (3, 8) => 1.2,
            (5, <= 5) => 1.35,
            (6, <= 18) => 1.12,
            (10, <= 7) => 1.45,
            (11, 11) => 1.5,
            (11, <= 10) => 1.25,
            (12, 24) or (12, 25) => 1.3,
            (12, 31) => 1.2,
            _ => 1.0,
        };
        f *= SpringFestivalOffset(d) switch
        {
            >= -21 and <= -8 => 1.12,
            >= -7 and <= -2 => 1.05,
            -1 => 0.5,
            0 => 0.25,
            1 or 2 => 0.4,
            >= 3 and <= 6 => 0.6,
            >= 7 and <= 14 => 0.85,
            _ => 1.0,
        };
        return f;
    }

    private double OnlineDayFactor(int d)
    {
        var date = Dates[d];
        var f = MonthSeason[date.Month - 1] * WeekdayOnline[(int)date.DayOfWeek];
        f *= (date.Month, date.Day) switch
        {
            (1, 1) => 1.1,
            (3, 8) => 1.4,
            (5, 31) => 1.4,
            (6, 18) => 4.0,
            (6, 16) or (6, 17) => 2.0,
            (6, <= 15) => 1.5,
            (6, 19) or (6, 20) => 1.2,
            (10, 31) => 2.2,
            (11, 11) => 5.5,
            (11, <= 10) => 1.8,
            (11, 12) or (11, 13) => 1.2,
            (12, 12) => 1.9,
            _ => 1.0,
        };
        f *= SpringFestivalOffset(d) switch
        {
            >= -21 and <= -11 => 1.1,
            >= -10 and <= -2 => 0.75,
            -1 => 0.4,
            >= 0 and <= 2 => 0.45,
            >= 3 and <= 6 => 0.6,
            >= 7 and <= 14 => 0.9,
            _ => 1.0,
        };
        return f;
    }

    private double BuildLambda(double[] baseWeight)
    {
        var regionCount = DemoReferenceData.Regions.Count;
        var initialWeight = new double[regionCount];
        for (var s = 0; s < StoreCount; s++)
            if (StoreOpenDay[s] <= 0) initialWeight[StoreRegion[s]] += baseWeight[s];

        var weight = new double[StoreCount];
        var regionWeight = new double[regionCount];
        var total = 0.0;
        for (var d = 0; d < Days; d++)
        {
            var t = d / (double)(Days - 1);
            var growth = 1 + 0.18 * t;
            var onlineShare = 0.46 + 0.14 * t;
            var storeDay = growth * (1 - onlineShare) * StoreDayFactor(d);
            var onlineDay = growth * onlineShare * OnlineDayFactor(d);
            var weekend = DayOfWeek(d) is 0 or 6;

            Array.Clear(regionWeight);
            for (var s = 0; s < StoreCount; s++)
            {
                var age = d - StoreOpenDay[s];
                if (age < 0) { weight[s] = 0; continue; }
                var ramp = age < 3 ? 1.8 : age < 60 ? 0.6 + 0.4 * age / 60.0 : 1.0;   // opening days, then ramp-up
                weight[s] = baseWeight[s] * ramp;
                regionWeight[StoreRegion[s]] += weight[s];
            }
            for (var s = 0; s < StoreCount; s++)
            {
                if (weight[s] == 0) continue;
                var r = StoreRegion[s];
                // a region grows with its own trend and (less than proportionally) with new stores
                var regionDemand = RegionShare[r] * (1 + RegionGrowth[r] * t) * Math.Sqrt(regionWeight[r] / initialWeight[r]);
                var share = regionDemand * weight[s] / regionWeight[r];
                var baseIndex = (d * StoreCount + s) * ChannelCount;
                var outletWeekend = StoreType[s] == 2 && weekend ? 1.15 : 1.0;
                var v = storeDay * share * outletWeekend;
                Lambda[baseIndex] = v;
                total += v;
                for (var c = 1; c < ChannelCount; c++)
                {
                    var mix = MixStart[c - 1] + (MixEnd[c - 1] - MixStart[c - 1]) * t;
                    var o = onlineDay * share * mix;
                    Lambda[baseIndex + c] = o;
                    total += o;
                }
            }
        }
        var target = OrdersPerScale * Scale;
        var factor = target / total;
        for (var i = 0; i < Lambda.Length; i++) Lambda[i] *= factor;
        return target;
    }

    private static readonly string[][] Adjectives =
    [
        ["纯棉", "法式", "简约", "复古", "休闲", "商务", "修身", "宽松", "基础款", "都市"],
        ["轻量", "经典", "复古", "缓震", "真皮", "透气", "厚底", "百搭", "防滑", "都市"],
        ["玻尿酸", "烟酰胺", "水润", "焕亮", "修护", "清透", "持妆", "舒缓", "紧致", "臻养"],
        ["北欧", "日式", "简约", "轻奢", "纯棉", "加厚", "抗菌", "大容量", "原木", "家用"],
        ["有机", "低糖", "原味", "进口", "手工", "即食", "精选", "家庭装", "高蛋白", "零添加"],
    ];

    private static readonly (string Noun, int Price)[][] Nouns =
    [
        [("圆领T恤", 99), ("牛津纺衬衫", 199), ("连衣裙", 299), ("直筒牛仔裤", 259), ("连帽卫衣", 239), ("轻薄羽绒服", 599), ("风衣", 699),
         ("针织开衫", 299), ("西装外套", 799), ("半身裙", 199), ("运动长裤", 179), ("羊毛大衣", 1299), ("休闲短裤", 129), ("Polo衫", 159),
         ("夹克", 459), ("打底衫", 79), ("阔腿裤", 199), ("马甲", 229), ("冲锋衣", 899), ("家居服", 169)],
        [("跑步鞋", 499), ("板鞋", 359), ("帆布鞋", 199), ("乐福鞋", 599), ("切尔西靴", 799), ("马丁靴", 699), ("小白鞋", 399),
         ("老爹鞋", 459), ("高跟鞋", 499), ("凉鞋", 259), ("拖鞋", 79), ("徒步鞋", 659), ("篮球鞋", 699), ("雪地靴", 399),
         ("单鞋", 329), ("德比鞋", 659), ("玛丽珍鞋", 399), ("洞洞鞋", 159), ("网面运动鞋", 299), ("短靴", 559)],
        [("精华液", 459), ("面霜", 399), ("爽肤水", 199), ("乳液", 229), ("洁面乳", 99), ("面膜", 129), ("眼霜", 359),
         ("防晒霜", 169), ("口红", 259), ("粉底液", 329), ("气垫", 289), ("眼影盘", 359), ("卸妆油", 159), ("身体乳", 119),
         ("护手霜", 59), ("香水", 699), ("睫毛膏", 169), ("散粉", 219), ("唇釉", 229), ("精华油", 399)],
        [("四件套", 399), ("羽绒被", 899), ("乳胶枕", 259), ("浴巾", 89), ("毛巾", 39), ("收纳箱", 69), ("香薰蜡烛", 129),
         ("台灯", 199), ("地毯", 359), ("抱枕", 79), ("保温杯", 139), ("不粘锅", 259), ("陶瓷餐具套装", 329), ("玻璃杯", 49),
         ("置物架", 159), ("窗帘", 299), ("凉席", 199), ("懒人沙发", 599), ("床垫", 2499), ("刀具套装", 359)],
        [("坚果礼盒", 129), ("每日坚果", 89), ("牛肉干", 59), ("黑巧克力", 45), ("曲奇饼干", 39), ("挂耳咖啡", 69), ("绿茶", 99),
         ("红茶", 119), ("燕麦片", 35), ("蜂蜜", 79), ("果干", 29), ("辣条", 15), ("海苔", 25), ("麦片", 45),
         ("火锅底料", 29), ("自热米饭", 39), ("月饼礼盒", 199), ("粽子礼盒", 159), ("牛奶", 65), ("矿泉水", 35)],
    ];

    private static readonly (double Low, double High)[] CostRatio = [(0.30, 0.45), (0.35, 0.50), (0.20, 0.35), (0.35, 0.55), (0.45, 0.62)];

    /// <summary>The ~1000 products are the same for every seed and scale.</summary>
    private void BuildProducts()
    {
        var rng = DemoRandom.ForStream(0, 21);
        for (var c = 0; c < CategoryCount; c++)
        {
            var combos = new List<(string Name, int Price)>(ProductsPerCategory);
            foreach (var (noun, price) in Nouns[c])
                foreach (var adjective in Adjectives[c])
                    combos.Add((adjective + noun, price));
            // shuffle (Fisher–Yates) so product ids do not follow the name order
            for (var i = combos.Count - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (combos[i], combos[j]) = (combos[j], combos[i]);
            }
            for (var i = 0; i < ProductsPerCategory; i++)
            {
                var p = c * ProductsPerCategory + i;
                ProductName[p] = combos[i].Name;
                ProductCategory[p] = (byte)c;
                var list = PrettyPrice(combos[i].Price * rng.LogNormal(1.0, 0.25));
                ProductListCents[p] = list;
                var ratio = rng.NextDouble(CostRatio[c].Low, CostRatio[c].High);
                ProductCostCents[p] = Math.Max(1, (long)Math.Round(list * ratio));
            }
            // popularity: Zipf over a random order of the category's products, cheaper products selling more
            var order = Enumerable.Range(c * ProductsPerCategory + 1, ProductsPerCategory).ToArray();
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            CategoryProducts[c] = order;
            var prices = order.Select(id => (double)ProductListCents[id - 1]).Order().ToArray();
            var median = prices[prices.Length / 2];
            var cumulative = new double[ProductsPerCategory];
            var sum = 0.0;
            for (var i = 0; i < ProductsPerCategory; i++)
            {
                sum += 1.0 / Math.Pow(i + 3, 0.9) * (median / ProductListCents[order[i] - 1]);
                cumulative[i] = sum;
            }
            CategoryProductCumulative[c] = cumulative;
        }
    }

    /// <summary>A shelf price in cents: 199.00, 89.00, 12.90 …</summary>
    private static long PrettyPrice(double yuan)
    {
        if (yuan >= 20)
        {
            var whole = (long)Math.Ceiling(yuan / 10.0) * 10 - 1;
            return whole * 100;
        }
        return Math.Max(190, (long)Math.Round(yuan) * 100 - 10);
    }

    private void BuildCustomers()
    {
        var rng = DemoRandom.ForStream(Seed, 31);
        var span = PreSignupDays + Days;
        // signup intensity: ramping up before 2024, then following the business (promotions bring members)
        var cumulative = new double[span];
        var sum = 0.0;
        const double preShare = 0.42;
        var preTotal = 0.0;
        for (var i = 0; i < PreSignupDays; i++) preTotal += 1 + 3.0 * i / PreSignupDays;
        var inTotal = 0.0;
        var inWeight = new double[Days];
        for (var d = 0; d < Days; d++)
        {
            var w = 0.0;
            for (var s = 0; s < StoreCount; s++)
                for (var c = 0; c < ChannelCount; c++) w += LambdaAt(d, s, c);
            inWeight[d] = w;
            inTotal += w;
        }
        for (var i = 0; i < span; i++)
        {
            sum += i < PreSignupDays
                ? preShare * (1 + 3.0 * i / PreSignupDays) / preTotal
                : (1 - preShare) * inWeight[i - PreSignupDays] / inTotal;
            cumulative[i] = sum;
        }
        var perDay = new int[span];
        for (var i = 0; i < CustomerCount; i++) perDay[rng.Pick(cumulative)]++;

        var regionCount = DemoReferenceData.Regions.Count;
        var regionCumulative = new double[regionCount];
        var rs = 0.0;
        for (var r = 0; r < regionCount; r++)
        {
            rs += RegionShare[r] * (1 + RegionGrowth[r] * 0.5);
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
                var day = i - PreSignupDays;
                var region = rng.Pick(regionCumulative);
                var u = rng.NextDouble();
                byte level = day < 0
                    ? (byte)(u < 0.13 ? 2 : u < 0.41 ? 1 : 0)
                    : (byte)(u < 0.047 ? 2 : u < 0.227 ? 1 : 0);
                var activity = (level switch { 2 => 1.0, 1 => 0.7, _ => 0.45 }) * (0.2 + 0.8 * rng.NextDouble());
                CustomerSignupDay[id] = day;
                CustomerRegion[id] = (byte)region;
                CustomerLevel[id] = level;
                CustomerActivity[id] = (byte)Math.Clamp((int)Math.Round(activity * 255), 1, 255);
                regionLists[region].Add(id + 1);
                regionRunning[region]++;
                id++;
            }
            for (var r = 0; r < regionCount; r++) signedUpBy[r][i] = regionRunning[r];
        }
        for (var r = 0; r < regionCount; r++)
        {
            RegionCustomers[r] = regionLists[r].ToArray();
            RegionSignedUpBy[r] = signedUpBy[r];
        }
    }

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
