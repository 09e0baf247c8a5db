using System.Runtime.CompilerServices;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// Reads what <see cref="CatalogSnapshotWriter"/> wrote, in the same order. Every string is one instance however often
/// the catalog repeats it, and every empty list the same empty array. A number, count or enum out of range, or a null
/// where the model has none, is <see cref="InvalidDataException"/>: the file is then damaged, never half-trusted.
/// </summary>
internal sealed class CatalogSnapshotReader
{
    private readonly BinaryReader reader;
    private readonly string[] strings;

    private CatalogSnapshotReader(BinaryReader reader)
    {
        this.reader = reader;
        strings = new string[Count(reader.ReadInt32())];
        for (var i = 0; i < strings.Length; i++) strings[i] = reader.ReadString();
    }

    public static SemanticCatalog Read(BinaryReader reader) => new CatalogSnapshotReader(reader).Catalog();

    private SemanticCatalog Catalog()
    {
        var models = Map(Model);
        var dimensions = Map(Dimension);
        var metrics = Map(Metric);
        return new SemanticCatalog(models, dimensions, metrics, Text())
        {
            AmbiguousTerms = List(() => new AmbiguousTerm(Texts(), Texts(), OptionalText(), Source())),
            Access = Access(),
            Naming = new NamingConventions(Text(), Texts(), Texts(), OptionalInt(), OptionalInt(), Source()),
            UnsupportedTerms = List(() => new UnsupportedTerm(Texts(), OptionalText(), Source()) { Condition = reader.ReadBoolean(), Nearest = Texts() }),
        };
    }

    private SemanticModel Model()
    {
        var id = Text();
        var (catalog, schema, name) = (OptionalText(), OptionalText(), Text());
        return new SemanticModel(id, TableName.Of(catalog, schema, name), Text(), Localized(),
            List(() => new ColumnDefinition(Text(), Enum<ColumnType>(), reader.ReadBoolean()) { Values = Texts() }),
            List(() => new JoinDefinition(Text(), Text(), Text(), Text(), Source())),
            List(() => new DimensionBinding(Text(), Path(), Optional(() => Map(Text)), Source())),
            List(() => new TimeDimension(Text(), Path(), Enum<TimeGrain>(), Source())),
            List(Measure),
            Optional(() => new ModelLineage(Text(), Texts(), Text(), OptionalText())),
            Source())
        {
            Freshness = Optional(Freshness),
        };
    }

    private MeasureDefinition Measure() =>
        new(Text(), Enum<Aggregation>(), Text(), Enum<ColumnType>(),
            Optional(() => new SemiAdditive(Text(), Enum<Aggregation>()) { Choice = reader.ReadBoolean() ? Enum<WindowChoice>() : null }),
            Source())
        {
            Percentile = Optional(() => new PercentileOptions(reader.ReadDecimal(), reader.ReadBoolean())),
        };

    private DimensionDefinition Dimension() =>
        new(Text(), Localized(), Texts(), Enum<ColumnType>(), List(() => new DimensionValue(Text(), Localized(), Texts()) { Within = List(() => new ValueWithin(Text(), Text())) }), Source());

    private MetricDefinition Metric() =>
        new(Text(), Localized(), Texts(), Localized(), Texts(), Text(), Localized(), Enum<MetricStatus>(), reader.ReadInt32(),
            reader.ReadBoolean(), OptionalText(), OptionalText(), Text(), Text(), Texts(), Calculation(), Text(),
            Optional(() => new MetricLineage(Text(), Texts(), Text())), Source())
        {
            Changelog = List(() => new MetricChange(reader.ReadInt32(), DateOnly.FromDayNumber(reader.ReadInt32()), Text(), Localized())),
            Better = Enum<BetterDirection>(),
            Concepts = Texts(),
            Freshness = Optional(Freshness),
            Sunset = reader.ReadBoolean() ? DateOnly.FromDayNumber(reader.ReadInt32()) : null,
            DefinitionsPublic = reader.ReadBoolean(),
        };

    private MetricCalculation Calculation() =>
        new(Enum<MetricType>(), Optional(Simple),
            List(() => new MetricInput(Text(), OptionalText(), Optional(Simple), Source())
            {
                Label = OptionalText(),
                OffsetWindow = Optional(Window),
                OffsetToGrain = reader.ReadBoolean() ? Enum<TimeGrain>() : null,
            }),
            OptionalText())
        {
            Window = Optional(Window),
            GrainToDate = reader.ReadBoolean() ? Enum<TimeGrain>() : null,
            PeriodAgg = Enum<CumulativePeriodValue>(),
            Conversion = Optional(() => new ConversionParameters(Path(), Path(), Enum<ConversionCalculation>(), Optional(Window),
                List(() => new ConstantProperty(Path(), Path(), Source())), Source())),
        };

    private SimpleCalculation Simple() =>
        new(Text(), Text(), Text(), List(() => new ColumnFilter(Path(), Enum<FilterOperator>(), Texts(), Source())), Source())
        {
            NoRows = Enum<NoRowsValue>(),
            EveryPeriod = reader.ReadBoolean(),
        };

    private AccessPolicy Access() =>
        new(List(() => new RoleDefinition(Text(), Localized(), new MetricGrant(reader.ReadBoolean(), Texts(), Texts(), Texts(), Texts()),
                List(() => new RowRule(Text(), OptionalText(), Texts(), Source())), Texts(), Texts(), Source())
            {
                Owners = Texts(),
                Audit = reader.ReadBoolean(),
            }),
            List(() => new UserDefinition(Text(), OptionalText(), Texts(), Map<IReadOnlyList<string>>(Texts), Source()) { Groups = Texts() }))
        {
            ApprovalsRequired = reader.ReadInt32(),
            PublicDefinitionTags = List(() => new PublicDefinitionTag(Text(), Source())),
            Groups = List(() => new GroupDefinition(Text(), Text(), Texts(), Map<IReadOnlyList<string>>(Texts), Source())),
        };

    private FreshnessExpectation Freshness() =>
        new(reader.ReadBoolean() ? TimeSpan.FromTicks(reader.ReadInt64()) : null, OptionalText(), OptionalText(), OptionalText(), Source());

    private CalendarWindow Window() => new(reader.ReadInt32(), Enum<TimeGrain>());

    private ColumnPath Path() => new(Texts(), Text());

    private LocalizedText Localized() => new(Text(), Text());

    private SourceLocation Source() => new(Text(), reader.Read7BitEncodedInt());

    private int? OptionalInt() => reader.ReadBoolean() ? reader.ReadInt32() : null;

    private T Enum<T>() where T : struct, Enum
    {
        int number = reader.ReadByte();
        var value = Unsafe.As<int, T>(ref number);
        return System.Enum.IsDefined(value) ? value : throw new InvalidDataException($"{number} is not a {typeof(T).Name}");
    }

    private string[] Texts() => List(Text);

    private string Text() => OptionalText() ?? throw new InvalidDataException("a string that cannot be null is null");

    private string? OptionalText()
    {
        var number = reader.Read7BitEncodedInt();
        if (number == 0) return null;
        return (uint)(number - 1) < (uint)strings.Length ? strings[number - 1] : throw new InvalidDataException("string number out of range");
    }

    private T? Optional<T>(Func<T> read) where T : class => reader.ReadBoolean() ? read() : null;

    private T[] List<T>(Func<T> read)
    {
        var count = Count(reader.Read7BitEncodedInt());
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < items.Length; i++) items[i] = read();
        return items;
    }

    private Dictionary<string, T> Map<T>(Func<T> read)
    {
        var count = Count(reader.Read7BitEncodedInt());
        var map = new Dictionary<string, T>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Text();
            map.Add(key, read());
        }
        return map;
    }

    /// <summary>A count no larger than the bytes left: each item takes one at least, so a larger one is damage, not a huge allocation.</summary>
    private int Count(int count) =>
        count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("count out of range");
}
