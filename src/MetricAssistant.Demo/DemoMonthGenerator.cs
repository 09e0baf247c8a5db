namespace MetricAssistant.Demo;

/// <summary>Generates one month. Deterministic: depends only on the world and (seed, month).</summary>
internal sealed class DemoMonthGenerator
{
    private static readonly double[] StoreHours = DemoRandom.Cumulative([4, 6, 8, 8, 9, 10, 10, 9, 10, 11, 9, 6]);     // 10:00..21:59
    private static readonly double[] OnlineHours = DemoRandom.Cumulative([3, 1.5, 0.8, 0.5, 0.4, 0.5, 1, 2, 3, 4, 5, 5, 5.5, 5, 5, 5, 5, 5, 5.5, 6.5, 8, 9, 8, 5]);
    private static readonly double[] PeakDayHours = DemoRandom.Cumulative([30, 6, 2, 1, 0.5, 0.5, 1, 2, 3, 4, 5, 5, 5.5, 5, 5, 5, 5, 5, 5.5, 8, 16, 12, 9, 6]);
    private static readonly double[] OnlineConversion = [0, 0.045, 0.05, 0.085, 0.03];

    private readonly DemoWorld _w;
    private DemoRandom _rng;
    private readonly DemoOrderGenerator _orders;   // orders, items and refunds
    private readonly List<AppointmentRow> _appointments = new();
    private readonly List<TrafficRow> _traffic = new();

    private DemoMonthGenerator(DemoWorld world, int month)
    {
        _w = world;
        _orders = new DemoOrderGenerator(world);
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
        var (orders, items, refunds) = _orders.ToArrays();
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
            Items = items,
            Refunds = refunds,
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
                _orders.Add(ref _rng, day, s, 0, _w.PickCustomer(ref _rng, region, day), time, forcePaid: false);
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
                    _orders.Add(ref _rng, day, s, c, _w.PickCustomer(ref _rng, region, day), time, forcePaid: false);
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
            _orders.Add(ref _rng, day, store, 0, customer, time, forcePaid: true);
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
}
