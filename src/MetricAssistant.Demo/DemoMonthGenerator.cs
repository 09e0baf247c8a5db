namespace MetricAssistant.Demo;

internal struct OrderRow
{
    public int TimeSec;            // seconds since 2024-01-01 00:00
    public int PaidSec;            // -1: never paid
    public int CustomerId;
    public int ItemStart;
    public int RefundStart;
    public byte StoreIndex;        // store_id - 1
    public byte Channel;
    public byte Status;
    public byte ItemCount;
    public byte RefundCount;
    public long OrderCents;
    public long DiscountCents;
    public long PayCents;
}

internal struct ItemRow
{
    public int ProductId;
    public int Quantity;
    public long UnitCents;
}

internal struct RefundRow
{
    public int TimeSec;
    public long Cents;
}

internal struct AppointmentRow
{
    public int CustomerId;
    public int CreatedSec;
    public int Day;
    public int OrderLocal;         // -1: no purchase
    public byte StoreIndex;
    public byte Status;
}

internal struct TrafficRow
{
    public int Day;
    public int Visitors;
    public byte StoreIndex;
    public byte Channel;
}

/// <summary>The rows of one calendar month, generated from their own random stream.</summary>
internal sealed class DemoMonth
{
    public required int Month;
    public required OrderRow[] Orders;
    public required int[] SortedOrder;        // local order indexes by order_time
    public required int[] OrderRank;          // local index → position in SortedOrder
    public required ItemRow[] Items;
    public required RefundRow[] Refunds;
    public required AppointmentRow[] Appointments;   // sorted by date, store, created time
    public required TrafficRow[] Traffic;
}

internal static class DemoStatus
{
    public const byte Created = 0, Paid = 1, Shipped = 2, Completed = 3, Cancelled = 4, Refunded = 5;
    public static readonly string[] OrderNames = ["created", "paid", "shipped", "completed", "cancelled", "refunded"];

    public const byte Booked = 0, Arrived = 1, NoShow = 2, AppointmentCancelled = 3;
    public static readonly string[] AppointmentNames = ["booked", "arrived", "no_show", "cancelled"];
}

/// <summary>Generates one month. Deterministic: depends only on the world and (seed, month).</summary>
internal sealed class DemoMonthGenerator
{
    private static readonly double[] StoreHours = Cumulative([4, 6, 8, 8, 9, 10, 10, 9, 10, 11, 9, 6]);     // 10:00..21:59
    private static readonly double[] OnlineHours = Cumulative([3, 1.5, 0.8, 0.5, 0.4, 0.5, 1, 2, 3, 4, 5, 5, 5.5, 5, 5, 5, 5, 5, 5.5, 6.5, 8, 9, 8, 5]);
    private static readonly double[] PeakDayHours = Cumulative([30, 6, 2, 1, 0.5, 0.5, 1, 2, 3, 4, 5, 5, 5.5, 5, 5, 5, 5, 5, 5.5, 8, 16, 12, 9, 6]);
    private static readonly double[] Lines = Cumulative([0.60, 0.23, 0.10, 0.04, 0.03]);
    private static readonly double[] PromoLines = Cumulative([0.50, 0.26, 0.13, 0.06, 0.05]);
    private static readonly double[][] ChannelCategories =
    [
        [0.34, 0.20, 0.14, 0.17, 0.15], // store
        [0.28, 0.17, 0.22, 0.18, 0.15], // tmall
        [0.18, 0.15, 0.17, 0.28, 0.22], // jd
        [0.30, 0.15, 0.20, 0.15, 0.20], // miniapp
        [0.25, 0.12, 0.33, 0.10, 0.20], // douyin
    ];
    private static readonly double[][] Quantities =
    [
        Cumulative([0.86, 0.11, 0.025, 0.005]),
        Cumulative([0.92, 0.07, 0.01]),
        Cumulative([0.74, 0.18, 0.05, 0.02, 0.01]),
        Cumulative([0.80, 0.14, 0.04, 0.02]),
        Cumulative([0.50, 0.25, 0.10, 0.07, 0.04, 0.04]),
    ];
    private static readonly double[] OnlineConversion = [0, 0.045, 0.05, 0.085, 0.03];
    // coupon thresholds (满减): spend at least Threshold cents, get Off cents off
    private static readonly (long Threshold, long Off)[] Coupons = [(99900, 15000), (49900, 8000), (29900, 4000), (19900, 2000), (9900, 1000)];

    private readonly DemoWorld _w;
    private DemoRandom _rng;
    private readonly List<OrderRow> _orders = new();
    private readonly List<ItemRow> _items = new();
    private readonly List<RefundRow> _refunds = new();
    private readonly List<AppointmentRow> _appointments = new();
    private readonly List<TrafficRow> _traffic = new();
    private readonly double[] _categoryWeights = new double[DemoWorld.CategoryCount];

    private DemoMonthGenerator(DemoWorld world, int month)
    {
        _w = world;
        _rng = DemoRandom.ForStream(world.Seed, 1000, (ulong)month);
    }

    public static DemoMonth Generate(DemoWorld world, int month, CancellationToken cancellationToken)
    {
        var g = new DemoMonthGenerator(world, month);
        for (var day = world.MonthStartDay[month]; day < world.MonthStartDay[month + 1]; day++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            g.GenerateDay(day);
        }
        return g.Finish(month);
    }

    private DemoMonth Finish(int month)
    {
        var orders = _orders.ToArray();
        var keys = new long[orders.Length];
        var sorted = new int[orders.Length];
        for (var i = 0; i < orders.Length; i++)
        {
            keys[i] = ((long)orders[i].TimeSec << 32) | (uint)i;   // unique: ties on time keep generation order
            sorted[i] = i;
        }
        Array.Sort(keys, sorted);
        var rank = new int[orders.Length];
        for (var p = 0; p < sorted.Length; p++) rank[sorted[p]] = p;

        var appointments = _appointments.ToArray();
        var appointmentKeys = new long[appointments.Length];
        for (var i = 0; i < appointments.Length; i++)
            appointmentKeys[i] = ((long)appointments[i].Day << 40) | ((long)appointments[i].StoreIndex << 32) | (uint)appointments[i].CreatedSec;
        // created times may tie: a stable sort keeps generation order for equal keys
        var appointmentOrder = Enumerable.Range(0, appointments.Length).OrderBy(i => appointmentKeys[i]).ToArray();
        var sortedAppointments = appointmentOrder.Select(i => appointments[i]).ToArray();

        return new DemoMonth
        {
            Month = month,
            Orders = orders,
            SortedOrder = sorted,
            OrderRank = rank,
            Items = _items.ToArray(),
            Refunds = _refunds.ToArray(),
            Appointments = sortedAppointments,
            Traffic = _traffic.ToArray(),
        };
    }

    private void GenerateDay(int day)
    {
        var weekend = _w.DayOfWeek(day) is 0 or 6;
        var promo = _w.Promo[day];
        for (var s = 0; s < _w.StoreCount; s++)
        {
            if (!_w.IsOpen(s, day)) continue;
            var region = _w.StoreRegion[s];

            // in-store: appointments first (some end in a purchase), then walk-in orders
            var lambda = _w.LambdaAt(day, s, 0);
            var ordersBefore = _orders.Count;
            var appointmentRate = _w.StoreAppointmentRate[s];
            var appointments = _rng.Poisson(lambda * appointmentRate);
            for (var a = 0; a < appointments; a++) GenerateAppointment(day, s, region);
            var walkIns = _rng.Poisson(lambda * (1 - appointmentRate * DemoWorld.ArrivedShare * DemoWorld.PurchaseShareOfArrived));
            for (var i = 0; i < walkIns; i++)
            {
                var time = DemoWorld.DaySeconds(day) + (10 + _rng.Pick(StoreHours)) * 3600 + _rng.NextInt(3600);
                AddOrder(day, s, 0, _w.PickCustomer(ref _rng, region, day), time, forcePaid: false);
            }
            var conversion = _w.StoreConversion[s] * (weekend ? 0.85 : 1.0) * _rng.LogNormal(1.0, 0.1);
            AddTraffic(day, s, 0, lambda * 0.98 / conversion, _orders.Count - ordersBefore);

            // online channels, attributed to the stores of the customer's region
            for (var c = 1; c < DemoWorld.ChannelCount; c++)
            {
                var online = _w.LambdaAt(day, s, c);
                var n = _rng.Poisson(online);
                ordersBefore = _orders.Count;
                var hours = promo == 2 ? PeakDayHours : OnlineHours;
                for (var i = 0; i < n; i++)
                {
                    var time = DemoWorld.DaySeconds(day) + _rng.Pick(hours) * 3600 + _rng.NextInt(3600);
                    AddOrder(day, s, c, _w.PickCustomer(ref _rng, region, day), time, forcePaid: false);
                }
                var onlineConversion = OnlineConversion[c] * (promo > 0 ? 1.4 : 1.0) * _rng.LogNormal(1.0, 0.12);
                AddTraffic(day, s, c, online * 0.86 / onlineConversion, _orders.Count - ordersBefore);
            }
        }
    }

    /// <summary>
    /// Daily unique visitors of a store and channel: the expected orders over a conversion rate, rounded at random
    /// so that small scales keep the right totals, and never fewer than the orders placed in that cell.
    /// </summary>
    private void AddTraffic(int day, int store, int channel, double expectedVisitors, int orders)
    {
        var whole = Math.Floor(expectedVisitors);
        var rounded = (int)whole + (_rng.NextDouble() < expectedVisitors - whole ? 1 : 0);
        var visitors = Math.Max(orders, rounded);
        _traffic.Add(new TrafficRow { Day = day, StoreIndex = (byte)store, Channel = (byte)channel, Visitors = visitors });
    }

    private void GenerateAppointment(int day, int store, int region)
    {
        var slot = DemoWorld.DaySeconds(day) + 10 * 3600 + _rng.NextInt(21) * 1800;   // 10:00 .. 20:00, half-hourly
        var lead = _rng.Chance(0.18) ? 0 : Math.Min(14, 1 + (int)(-Math.Log(1 - _rng.NextDouble()) * 3));
        var createdDay = Math.Max(0, day - lead);
        int created;
        if (createdDay == day)
        {
            var from = DemoWorld.DaySeconds(day) + 7 * 3600;
            created = from + _rng.NextInt(Math.Max(60, slot - 1800 - from));
        }
        else
        {
            created = DemoWorld.DaySeconds(createdDay) + 8 * 3600 + _rng.NextInt(15 * 3600);
        }
        var customer = _w.PickCustomer(ref _rng, region, createdDay);

        byte status;
        var u = _rng.NextDouble();
        if (day >= DemoWorld.Days - 2)
            status = u < 0.85 ? DemoStatus.Booked : DemoStatus.AppointmentCancelled;   // not yet happened at the snapshot
        else
            status = u < 0.15 ? DemoStatus.AppointmentCancelled
                : u < 0.27 ? DemoStatus.NoShow
                : u < 0.285 ? DemoStatus.Booked   // never updated
                : DemoStatus.Arrived;

        var orderLocal = -1;
        if (status == DemoStatus.Arrived && _rng.Chance(DemoWorld.PurchaseShareOfArrived))
        {
            var time = Math.Min(slot + 900 + _rng.NextInt(85 * 60), DemoWorld.DaySeconds(day) + 22 * 3600 - 1);
            orderLocal = _orders.Count;
            AddOrder(day, store, 0, customer, time, forcePaid: true);
        }
        _appointments.Add(new AppointmentRow
        {
            CustomerId = customer,
            CreatedSec = created,
            Day = day,
            OrderLocal = orderLocal,
            StoreIndex = (byte)store,
            Status = status,
        });
    }

    private int PickCategory(int day, int channel)
    {
        var weights = ChannelCategories[channel];
        var total = 0.0;
        for (var c = 0; c < DemoWorld.CategoryCount; c++)
        {
            total += weights[c] * _w.CategoryBoost[day * DemoWorld.CategoryCount + c];
            _categoryWeights[c] = total;
        }
        return _rng.Pick(_categoryWeights);
    }

    private void AddOrder(int day, int store, int channel, int customerId, int timeSec, bool forcePaid)
    {
        var online = channel != 0;
        var promo = _w.Promo[day];
        var outlet = _w.StoreType[store] == 2;

        // items
        var itemStart = _items.Count;
        var lines = 1 + _rng.Pick(online && promo > 0 ? PromoLines : Lines);
        Span<int> chosen = stackalloc int[5];
        var firstCategory = -1;
        long orderCents = 0;
        for (var l = 0; l < lines; l++)
        {
            var category = l > 0 && _rng.Chance(0.55) ? firstCategory : PickCategory(day, channel);
            if (l == 0) firstCategory = category;
            var products = _w.CategoryProducts[category];
            var productId = products[_rng.Pick(_w.CategoryProductCumulative[category])];
            for (var attempt = 0; attempt < 10 && chosen[..l].Contains(productId); attempt++)
                productId = products[_rng.Pick(_w.CategoryProductCumulative[category])];
            chosen[l] = productId;

            var quantity = 1 + _rng.Pick(Quantities[category]);
            var list = _w.ProductListCents[productId - 1];
            if (category >= 3 && list < 30000 && _rng.Chance(0.006)) quantity = _rng.NextInt(10, 41);   // bulk buys: the long tail

            var cost = _w.ProductCostCents[productId - 1];
            double factor;
            if (outlet && !online) factor = _rng.NextDouble(0.55, 0.8);
            else if (online && promo > 0) factor = _rng.Chance(0.7) ? _rng.NextDouble(0.7, 0.9) : 1.0;
            else factor = _rng.Chance(0.15) ? _rng.NextDouble(0.8, 0.95) : 1.0;
            var unit = factor >= 1.0 ? list : RoundPrice(list * factor);
            if (unit <= cost) unit = (cost * 105 / 100 + 9) / 10 * 10;
            _items.Add(new ItemRow { ProductId = productId, Quantity = quantity, UnitCents = unit });
            orderCents += quantity * unit;
        }

        var discount = Discount(orderCents, online, promo, _w.CustomerLevel[customerId - 1]);
        var pay = orderCents - discount;

        var row = new OrderRow
        {
            TimeSec = timeSec,
            PaidSec = -1,
            CustomerId = customerId,
            ItemStart = itemStart,
            ItemCount = (byte)lines,
            RefundStart = _refunds.Count,
            StoreIndex = (byte)store,
            Channel = (byte)channel,
            OrderCents = orderCents,
            DiscountCents = discount,
        };

        double pCreated = online ? 0.087 : 0.005, pCancelled = online ? 0.097 : 0.015, pRefunded = online ? 0.038 : 0.02;
        if (forcePaid) pCreated = pCancelled = 0;
        var u = _rng.NextDouble();
        if (u < pCreated)
        {
            row.Status = DemoStatus.Created;
        }
        else if (u < pCreated + pCancelled)
        {
            row.Status = DemoStatus.Cancelled;
            if (_rng.Chance(online ? 0.3 : 0.5))
            {
                // paid, then cancelled before fulfilment: the money goes back in full
                row.PaidSec = PaidTime(timeSec, online);
                row.PayCents = pay;
                var refundAt = (long)row.PaidSec + (online ? _rng.NextInt(600, 2 * 86400) : _rng.NextInt(60, 3600));
                if (refundAt <= DemoWorld.EndSec) AddRefund(ref row, (int)refundAt, pay);
            }
        }
        else
        {
            row.PaidSec = PaidTime(timeSec, online);
            row.PayCents = pay;
            var refunded = false;
            if (u < pCreated + pCancelled + pRefunded && row.PaidSec + 3600 <= DemoWorld.EndSec)
            {
                refunded = true;
                row.Status = DemoStatus.Refunded;
                var delay = online ? 3600 + (long)(-Math.Log(1 - _rng.NextDouble()) * 6 * 86400) : 1800 + (long)(_rng.NextDouble() * 14 * 86400);
                var first = row.PaidSec + delay;
                if (first > DemoWorld.EndSec) first = row.PaidSec + 60 + _rng.NextInt(DemoWorld.EndSec - row.PaidSec - 60 + 1);
                if (_rng.Chance(0.6))
                {
                    AddRefund(ref row, (int)first, pay);
                }
                else
                {
                    // partial: returned some of the goods, occasionally in two steps
                    var part = Math.Clamp((long)Math.Round(pay * _rng.NextDouble(0.15, 0.7)), 1, Math.Max(1, pay - 1));
                    AddRefund(ref row, (int)first, part);
                    var rest = pay - part;
                    var second = first + 86400 + _rng.NextInt(7 * 86400);
                    if (rest > 1 && second <= DemoWorld.EndSec && _rng.Chance(0.15))
                        AddRefund(ref row, (int)second, Math.Clamp((long)Math.Round(rest * _rng.NextDouble(0.2, 0.8)), 1, rest));
                }
            }
            if (!refunded)
            {
                if (!online)
                {
                    row.Status = DemoStatus.Completed;
                }
                else
                {
                    var age = DemoWorld.EndSec - timeSec;
                    var v = _rng.NextDouble();
                    row.Status = age < 86400 ? (v < 0.6 ? DemoStatus.Paid : DemoStatus.Shipped)
                        : age < 5 * 86400 ? (v < 0.75 ? DemoStatus.Shipped : DemoStatus.Completed)
                        : v < 0.004 ? DemoStatus.Shipped
                        : v < 0.006 ? DemoStatus.Paid
                        : DemoStatus.Completed;
                }
            }
        }
        _orders.Add(row);
    }

    private void AddRefund(ref OrderRow row, int timeSec, long cents)
    {
        _refunds.Add(new RefundRow { TimeSec = timeSec, Cents = cents });
        row.RefundCount++;
    }

    private int PaidTime(int orderSec, bool online)
    {
        int delay;
        if (!online) delay = _rng.NextInt(10, 181);
        else
        {
            var u = _rng.NextDouble();
            delay = u < 0.7 ? _rng.NextInt(10, 121) : u < 0.95 ? _rng.NextInt(120, 1801) : _rng.NextInt(1800, 43201);
        }
        return (int)Math.Min((long)orderSec + delay, DemoWorld.EndSec);
    }

    private long Discount(long orderCents, bool online, byte promo, byte level)
    {
        var p = online ? (promo > 0 ? 0.65 : 0.30) : (promo > 0 ? 0.40 : 0.18);
        if (level == 2) p += 0.10;
        if (!_rng.Chance(p)) return 0;
        long discount;
        if (online && promo > 0 && _rng.Chance(0.6))
        {
            discount = orderCents / 30000 * 5000;   // 每满300减50
            if (discount == 0) discount = 1000;
        }
        else if (!online && level > 0 && _rng.Chance(0.5))
        {
            discount = orderCents * (level == 2 ? 8 : 5) / 100;   // member price: 5% / 8% off
        }
        else
        {
            discount = 500;                          // small no-threshold coupon
            foreach (var (threshold, off) in Coupons)
            {
                if (orderCents >= threshold) { discount = off; break; }
            }
        }
        // never more than 40% of the order, and something is always left to pay
        discount = Math.Min(discount, orderCents * 40 / 100);
        return Math.Max(0, Math.Min(discount, orderCents - 100));
    }

    private static long RoundPrice(double cents) => cents >= 2000 ? (long)Math.Round(cents / 100) * 100 : Math.Max(100, (long)Math.Round(cents / 10) * 10);

    private static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }
}
