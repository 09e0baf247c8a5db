using DuckDB.NET.Data;

namespace MetricAssistant.Demo;

/// <summary>
/// Appends generated months to the warehouse in calendar order: orders (sorted by time, numbered across
/// months), their items and refunds, appointments (linked to the orders they led to) and store traffic.
/// Holds one DuckDB appender per table for the whole run.
/// </summary>
internal sealed class DemoMonthWriter : IDisposable
{
    private static readonly string[] ChannelCodes = DemoReferenceData.Channels.Select(c => c.Code).ToArray();

    private readonly DuckDBAppender orders;
    private readonly DuckDBAppender items;
    private readonly DuckDBAppender refunds;
    private readonly DuckDBAppender appointments;
    private readonly DuckDBAppender traffic;
    private long orderOffset;
    private long refundId;
    private long appointmentId;

    public DemoMonthWriter(DuckDBConnection connection)
    {
        orders = connection.CreateAppender("orders");
        try
        {
            items = connection.CreateAppender("order_items");
            refunds = connection.CreateAppender("refunds");
            appointments = connection.CreateAppender("appointments");
            traffic = connection.CreateAppender("store_traffic");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Orders written so far (the last order id).</summary>
    public long OrderCount => orderOffset;

    public long RefundCount => refundId;

    public long AppointmentCount => appointmentId;

    public void Write(DemoMonth month)
    {
        WriteOrders(month);
        WriteAppointments(month);
        WriteTraffic(month);
        orderOffset += month.Orders.Length;
    }

    private void WriteOrders(DemoMonth month)
    {
        var channels = ChannelCodes;
        var statuses = DemoStatus.OrderNames;
        for (var p = 0; p < month.SortedOrder.Length; p++)
        {
            ref readonly var o = ref month.Orders[month.SortedOrder[p]];
            var orderId = (int)(orderOffset + p + 1);
            var row = orders.CreateRow()
                .AppendValue((int?)orderId)
                .AppendValue((int?)o.CustomerId)
                .AppendValue((int?)(o.StoreIndex + 1))
                .AppendValue(channels[o.Channel])
                .AppendValue((DateTime?)DemoWarehouseValues.Time(o.TimeSec))
                .AppendValue(statuses[o.Status])
                .AppendValue((decimal?)DemoWarehouseValues.Money(o.OrderCents))
                .AppendValue((decimal?)DemoWarehouseValues.Money(o.DiscountCents))
                .AppendValue((decimal?)DemoWarehouseValues.Money(o.PayCents));
            if (o.PaidSec < 0) row.AppendNullValue(); else row.AppendValue((DateTime?)DemoWarehouseValues.Time(o.PaidSec));
            row.EndRow();

            for (var l = 0; l < o.ItemCount; l++)
            {
                ref readonly var item = ref month.Items[o.ItemStart + l];
                items.CreateRow()
                    .AppendValue((int?)orderId)
                    .AppendValue((int?)(l + 1))
                    .AppendValue((int?)item.ProductId)
                    .AppendValue((int?)item.Quantity)
                    .AppendValue((decimal?)DemoWarehouseValues.Money(item.UnitCents))
                    .AppendValue((decimal?)DemoWarehouseValues.Money(item.UnitCents * item.Quantity))
                    .EndRow();
            }
            for (var r = 0; r < o.RefundCount; r++)
            {
                ref readonly var refund = ref month.Refunds[o.RefundStart + r];
                refunds.CreateRow()
                    .AppendValue((int?)(int)++refundId)
                    .AppendValue((int?)orderId)
                    .AppendValue((DateTime?)DemoWarehouseValues.Time(refund.TimeSec))
                    .AppendValue((decimal?)DemoWarehouseValues.Money(refund.Cents))
                    .EndRow();
            }
        }
    }

    private void WriteAppointments(DemoMonth month)
    {
        var statuses = DemoStatus.AppointmentNames;
        foreach (var a in month.Appointments)
        {
            var row = appointments.CreateRow()
                .AppendValue((int?)(int)++appointmentId)
                .AppendValue((int?)a.CustomerId)
                .AppendValue((int?)(a.StoreIndex + 1))
                .AppendValue((DateTime?)DemoWarehouseValues.Time(a.CreatedSec))
                .AppendValue((DateOnly?)DemoReferenceData.FirstDay.AddDays(a.Day))
                .AppendValue(statuses[a.Status]);
            if (a.OrderLocal < 0) row.AppendNullValue();
            else row.AppendValue((int?)(int)(orderOffset + month.OrderRank[a.OrderLocal] + 1));
            row.EndRow();
        }
    }

    private void WriteTraffic(DemoMonth month)
    {
        var channels = ChannelCodes;
        foreach (var t in month.Traffic)
        {
            traffic.CreateRow()
                .AppendValue((DateOnly?)DemoReferenceData.FirstDay.AddDays(t.Day))
                .AppendValue((int?)(t.StoreIndex + 1))
                .AppendValue(channels[t.Channel])
                .AppendValue((int?)t.Visitors)
                .EndRow();
        }
    }

    /// <summary>Closes the appenders (flushing them) in reverse order of creation.</summary>
    public void Dispose()
    {
        traffic?.Dispose();
        appointments?.Dispose();
        refunds?.Dispose();
        items?.Dispose();
        orders?.Dispose();
    }
}
