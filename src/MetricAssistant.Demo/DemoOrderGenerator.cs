namespace MetricAssistant.Demo;

/// <summary>
/// The orders of one month with their items and refunds: what is bought, at what price and discount, and what
/// becomes of the order. Draws from the month's random stream, passed by reference, so the sequence of draws
/// (and with it the data) is exactly that of the month generator's own.
/// </summary>
internal sealed class DemoOrderGenerator(DemoWorld world)
{
    private static readonly double[] Lines = DemoRandom.Cumulative([0.60, 0.23, 0.10, 0.04, 0.03]);
    private static readonly double[] PromoLines = DemoRandom.Cumulative([0.50, 0.26, 0.13, 0.06, 0.05]);
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
        DemoRandom.Cumulative([0.86, 0.11, 0.025, 0.005]),
        DemoRandom.Cumulative([0.92, 0.07, 0.01]),
        DemoRandom.Cumulative([0.74, 0.18, 0.05, 0.02, 0.01]),
        DemoRandom.Cumulative([0.80, 0.14, 0.04, 0.02]),
        DemoRandom.Cumulative([0.50, 0.25, 0.10, 0.07, 0.04, 0.04]),
    ];
    // coupon thresholds (满减): spend at least Threshold cents, get Off cents off
    private static readonly (long Threshold, long Off)[] Coupons = [(99900, 15000), (49900, 8000), (29900, 4000), (19900, 2000), (9900, 1000)];

    private readonly DemoWorld _w = world;
    private readonly List<OrderRow> _orders = new();
    private readonly List<ItemRow> _items = new();
    private readonly List<RefundRow> _refunds = new();
    private readonly double[] _categoryWeights = new double[DemoWorld.CategoryCount];

    /// <summary>Orders added so far; the next order's month-local index.</summary>
    public int Count => _orders.Count;

    public (OrderRow[] Orders, ItemRow[] Items, RefundRow[] Refunds) ToArrays() => (_orders.ToArray(), _items.ToArray(), _refunds.ToArray());

    /// <summary>Adds an order with its items, discount, payment, status and refunds, drawing from <paramref name="rng"/>.</summary>
    public void Add(ref DemoRandom rng, int day, int store, int channel, int customerId, int timeSec, bool forcePaid)
    {
        var online = channel != 0;
        var promo = _w.Promo[day];
        var outlet = _w.StoreType[store] == 2;

        // items
        var itemStart = _items.Count;
        var lines = 1 + rng.Pick(online && promo > 0 ? PromoLines : Lines);
        Span<int> chosen = stackalloc int[5];
        var firstCategory = -1;
        long orderCents = 0;
        for (var l = 0; l < lines; l++)
        {
            var category = l > 0 && rng.Chance(0.55) ? firstCategory : PickCategory(ref rng, day, channel);
            if (l == 0) firstCategory = category;
            var products = _w.CategoryProducts[category];
            var productId = products[rng.Pick(_w.CategoryProductCumulative[category])];
            for (var attempt = 0; attempt < 10 && chosen[..l].Contains(productId); attempt++)
                productId = products[rng.Pick(_w.CategoryProductCumulative[category])];
            chosen[l] = productId;

            var quantity = 1 + rng.Pick(Quantities[category]);
            var list = _w.ProductListCents[productId - 1];
            if (category >= 3 && list < 30000 && rng.Chance(0.006)) quantity = rng.NextInt(10, 41);   // bulk buys: the long tail

            var cost = _w.ProductCostCents[productId - 1];
            double factor;
            if (outlet && !online) factor = rng.NextDouble(0.55, 0.8);
            else if (online && promo > 0) factor = rng.Chance(0.7) ? rng.NextDouble(0.7, 0.9) : 1.0;
            else factor = rng.Chance(0.15) ? rng.NextDouble(0.8, 0.95) : 1.0;
            var unit = factor >= 1.0 ? list : RoundPrice(list * factor);
            if (unit <= cost) unit = (cost * 105 / 100 + 9) / 10 * 10;
            _items.Add(new ItemRow { ProductId = productId, Quantity = quantity, UnitCents = unit });
            orderCents += quantity * unit;
        }

        var discount = Discount(ref rng, orderCents, online, promo, _w.CustomerLevel[customerId - 1]);
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
        var u = rng.NextDouble();
        if (u < pCreated)
        {
            row.Status = DemoStatus.Created;
        }
        else if (u < pCreated + pCancelled)
        {
            row.Status = DemoStatus.Cancelled;
            if (rng.Chance(online ? 0.3 : 0.5))
            {
                // paid, then cancelled before fulfilment: the money goes back in full
                row.PaidSec = PaidTime(ref rng, timeSec, online);
                row.PayCents = pay;
                var refundAt = (long)row.PaidSec + (online ? rng.NextInt(600, 2 * 86400) : rng.NextInt(60, 3600));
                if (refundAt <= DemoWorld.EndSec) AddRefund(ref row, (int)refundAt, pay);
            }
        }
        else
        {
            row.PaidSec = PaidTime(ref rng, timeSec, online);
            row.PayCents = pay;
            var refunded = false;
            if (u < pCreated + pCancelled + pRefunded && row.PaidSec + 3600 <= DemoWorld.EndSec)
            {
                refunded = true;
                row.Status = DemoStatus.Refunded;
                var delay = online ? 3600 + (long)(-Math.Log(1 - rng.NextDouble()) * 6 * 86400) : 1800 + (long)(rng.NextDouble() * 14 * 86400);
                var first = row.PaidSec + delay;
                if (first > DemoWorld.EndSec) first = row.PaidSec + 60 + rng.NextInt(DemoWorld.EndSec - row.PaidSec - 60 + 1);
                if (rng.Chance(0.6))
                {
                    AddRefund(ref row, (int)first, pay);
                }
                else
                {
                    // partial: returned some of the goods, occasionally in two steps
                    var part = Math.Clamp((long)Math.Round(pay * rng.NextDouble(0.15, 0.7)), 1, Math.Max(1, pay - 1));
                    AddRefund(ref row, (int)first, part);
                    var rest = pay - part;
                    var second = first + 86400 + rng.NextInt(7 * 86400);
                    if (rest > 1 && second <= DemoWorld.EndSec && rng.Chance(0.15))
                        AddRefund(ref row, (int)second, Math.Clamp((long)Math.Round(rest * rng.NextDouble(0.2, 0.8)), 1, rest));
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
                    var v = rng.NextDouble();
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

    private static int PaidTime(ref DemoRandom rng, int orderSec, bool online)
    {
        int delay;
        if (!online) delay = rng.NextInt(10, 181);
        else
        {
            var u = rng.NextDouble();
            delay = u < 0.7 ? rng.NextInt(10, 121) : u < 0.95 ? rng.NextInt(120, 1801) : rng.NextInt(1800, 43201);
        }
        return (int)Math.Min((long)orderSec + delay, DemoWorld.EndSec);
    }

    private static long Discount(ref DemoRandom rng, long orderCents, bool online, byte promo, byte level)
    {
        var p = online ? (promo > 0 ? 0.65 : 0.30) : (promo > 0 ? 0.40 : 0.18);
        if (level == 2) p += 0.10;
        if (!rng.Chance(p)) return 0;
        long discount;
        if (online && promo > 0 && rng.Chance(0.6))
        {
            discount = orderCents / 30000 * 5000;   // 每满300减50
            if (discount == 0) discount = 1000;
        }
        else if (!online && level > 0 && rng.Chance(0.5))
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

    private int PickCategory(ref DemoRandom rng, int day, int channel)
    {
        var weights = ChannelCategories[channel];
        var total = 0.0;
        for (var c = 0; c < DemoWorld.CategoryCount; c++)
        {
            total += weights[c] * _w.CategoryBoost[day * DemoWorld.CategoryCount + c];
            _categoryWeights[c] = total;
        }
        return rng.Pick(_categoryWeights);
    }

    private static long RoundPrice(double cents) => cents >= 2000 ? (long)Math.Round(cents / 100) * 100 : Math.Max(100, (long)Math.Round(cents / 10) * 10);
}
