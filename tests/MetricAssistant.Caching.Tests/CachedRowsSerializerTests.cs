using System.Buffers;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Caching.Tests;

public sealed class CachedRowsSerializerTests
{
    [Fact]
    public void Every_kind_of_cell_comes_back_with_its_type_and_value()
    {
        IReadOnlyList<object?> row =
        [
            null, "华东", 42L, 7, (short)3, (byte)9, 1234.50m, 0.000001m, -79228162514264337593543950335m, 0.125, 1.5f, true,
            new DateOnly(2025, 6, 1), new DateTime(2025, 6, 1, 10, 30, 0, DateTimeKind.Unspecified), new DateTime(2025, 6, 1, 2, 0, 0, DateTimeKind.Utc),
            new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8)), TimeSpan.FromMinutes(90), Guid.Parse("5f0b7c53-2a43-4e57-a9f5-7ef1c0b3d2aa"), "",
        ];
        var original = new CachedRows([row, [null, null]], QueryOutcome.Completed, TimeSpan.FromMilliseconds(12.5));

        var copy = RoundTrip(original);

        Assert.Equal(original.Outcome, copy.Outcome);
        Assert.Equal(original.Elapsed, copy.Elapsed);
        Assert.Equal(2, copy.Rows.Count);
        for (var i = 0; i < row.Count; i++)
        {
            Assert.Equal(row[i]?.GetType(), copy.Rows[0][i]?.GetType());
            Assert.Equal(row[i], copy.Rows[0][i]);
        }
        // The decimal keeps its scale, the DateTime its kind.
        Assert.Equal("1234.50", ((decimal)copy.Rows[0][6]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)copy.Rows[0][14]!).Kind);
        Assert.Equal([null, null], copy.Rows[1]);
    }

    [Fact]
    public void A_multi_segment_payload_reads_the_same()
    {
        var original = new CachedRows([[1.10m, "a", null]], QueryOutcome.Completed, TimeSpan.Zero);
        var writer = new ArrayBufferWriter<byte>();
        new CachedRowsSerializer().Serialize(original, writer);
        var bytes = writer.WrittenMemory.ToArray();
        var first = new Segment(bytes.AsMemory(0, 3));
        var last = first.Append(bytes.AsMemory(3));
        var copy = new CachedRowsSerializer().Deserialize(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        Assert.Equal(original.Rows[0], copy.Rows[0]);
    }

    [Fact]
    public void Values_of_other_types_are_refused_up_front()
    {
        Assert.True(CachedRowsSerializer.CanWrite([[1m, "x", null, new DateOnly(2025, 1, 1)]]));
        Assert.False(CachedRowsSerializer.CanWrite([[1m, new Version(1, 0)]]));
        Assert.Throws<NotSupportedException>(() => new CachedRowsSerializer().Serialize(new CachedRows([[new Version(1, 0)]], QueryOutcome.Completed, TimeSpan.Zero), new ArrayBufferWriter<byte>()));
    }

    private static CachedRows RoundTrip(CachedRows rows)
    {
        var writer = new ArrayBufferWriter<byte>();
        new CachedRowsSerializer().Serialize(rows, writer);
        return new CachedRowsSerializer().Deserialize(new ReadOnlySequence<byte>(writer.WrittenMemory));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
