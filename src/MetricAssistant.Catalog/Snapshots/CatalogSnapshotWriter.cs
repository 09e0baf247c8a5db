using System.Text;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// Writes a catalog as <see cref="CatalogSnapshot"/>'s binary payload (format 3), which <see cref="CatalogSnapshotReader"/>
/// reads back: first every distinct string once (count, then each length-prefixed UTF-8), then the catalog, field by field
/// in declaration order, each string as its number in that table plus one (0 for null). Sharing the strings is the point:
/// a 100k catalog repeats its source files, models, owners and tags hundreds of thousands of times, and reading JSON
/// allocated each apart. Lists and dictionaries are a count then their items (dictionaries in their order); an optional
/// value is a presence byte then the value; enums are a byte.
/// </summary>
internal sealed class CatalogSnapshotWriter
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private readonly BinaryWriter body = new(new MemoryStream(), Encoding.UTF8);

    public static void Write(SemanticCatalog catalog, Stream stream)
    {
        var writer = new CatalogSnapshotWriter();
        writer.Catalog(catalog);
        writer.body.Flush();
        using var head = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        head.Write(writer.strings.Count);
        foreach (var text in writer.strings) head.Write(text);
        head.Flush();
        ((MemoryStream)writer.body.BaseStream).WriteTo(stream);
    }

    private void Catalog(SemanticCatalog catalog)
    {
        Map(catalog.Models, Model);
        Map(catalog.Dimensions, Dimension);
        Map(catalog.Metrics, Metric);
        Text(catalog.ContentHash);
        List(catalog.AmbiguousTerms, a => { Texts(a.Terms); Texts(a.Metrics); Text(a.Note); Source(a.Source); });
        Access(catalog.Access);
        var naming = catalog.Naming;
        Text(naming.IdPattern);
        Texts(naming.RequiredLanguages);
        Texts(naming.ReservedWords);
        Optional(naming.MaxIdLength, body.Write);
        Optional(naming.MaxNameLength, body.Write);
        Source(naming.Source);
        List(catalog.UnsupportedTerms, u => { Texts(u.Terms); Text(u.Note); Source(u.Source); body.Write(u.Condition); Texts(u.Nearest); });
    }

    private void Model(SemanticModel model)
    {
        Text(model.Id);
        Text(model.Table.Catalog);
        Text(model.Table.Schema);
        Text(model.Table.Name);
        Text(model.PrimaryKey);
        Localized(model.Description);
        List(model.Columns, c => { Text(c.Name); Enum((int)c.Type); body.Write(c.Nullable); Texts(c.Values); });
        List(model.Joins, j => { Text(j.Name); Text(j.Model); Text(j.FromColumn); Text(j.ToColumn); Source(j.Source); });
        List(model.Dimensions, d =>
        {
            Text(d.Dimension);
            Path(d.Column);
            Optional(d.ValueMap, map => Map(map, Text));
            Source(d.Source);
        });
        List(model.TimeDimensions, t => { Text(t.Name); Path(t.Column); Enum((int)t.MinGrain); Source(t.Source); });
        List(model.Measures, Measure);
        Optional(model.Lineage, l => { Text(l.SourceSystem); Texts(l.UpstreamTables); Text(l.Job); Text(l.Schedule); });
        Source(model.Source);
        Optional(model.Freshness, Freshness);
    }

    private void Measure(MeasureDefinition measure)
    {
        Text(measure.Name);
        Enum((int)measure.Aggregation);
        Text(measure.Expression);
        Enum((int)measure.ResultType);
        Optional(measure.SemiAdditive, s =>
        {
            Text(s.TimeDimension);
            Enum((int)s.PeriodAggregation);
            Optional(s.Choice, c => Enum((int)c));
        });
        Source(measure.Source);
        Optional(measure.Percentile, p => { body.Write(p.Fraction); body.Write(p.Discrete); });
    }

    private void Dimension(DimensionDefinition dimension)
    {
        Text(dimension.Id);
        Localized(dimension.Name);
        Texts(dimension.Synonyms);
        Enum((int)dimension.CodeType);
        List(dimension.Values, v => { Text(v.Code); Localized(v.Name); Texts(v.Synonyms); List(v.Within, w => { Text(w.Dimension); Text(w.Code); }); });
        Source(dimension.Source);
    }

    private void Metric(MetricDefinition metric)
    {
        Text(metric.Id);
        Localized(metric.Name);
        Texts(metric.Synonyms);
        Localized(metric.Description);
        Texts(metric.TypicalQuestions);
        Text(metric.Domain);
        Localized(metric.Owner);
        Enum((int)metric.Status);
        body.Write(metric.Version);
        body.Write(metric.Official);
        Text(metric.Family);
        Text(metric.ReplacedBy);
        Text(metric.Unit);
        Text(metric.Format);
        Texts(metric.Tags);
        Calculation(metric.Calculation);
        Text(metric.DefaultWindow);
        Optional(metric.Lineage, l => { Text(l.SourceSystem); Texts(l.UpstreamTables); Text(l.Job); });
        Source(metric.Source);
        List(metric.Changelog, c => { body.Write(c.Version); body.Write(c.Date.DayNumber); Text(c.Author); Localized(c.Summary); });
        Enum((int)metric.Better);
        Texts(metric.Concepts);
        Optional(metric.Freshness, Freshness);
        Optional(metric.Sunset, d => body.Write(d.DayNumber));
        body.Write(metric.DefinitionsPublic);
    }

    private void Calculation(MetricCalculation calculation)
    {
        Enum((int)calculation.Type);
        Optional(calculation.Simple, Simple);
        List(calculation.Inputs, i =>
        {
            Text(i.Name);
            Text(i.MetricId);
            Optional(i.Inline, Simple);
            Source(i.Source);
            Text(i.Label);
            Optional(i.OffsetWindow, Window);
            Optional(i.OffsetToGrain, g => Enum((int)g));
        });
        Text(calculation.Expression);
        Optional(calculation.Window, Window);
        Optional(calculation.GrainToDate, g => Enum((int)g));
        Enum((int)calculation.PeriodAgg);
        Optional(calculation.Conversion, c =>
        {
            Path(c.BaseEntity);
            Path(c.ConversionEntity);
            Enum((int)c.Calculation);
            Optional(c.Window, Window);
            List(c.ConstantProperties, p => { Path(p.Base); Path(p.Conversion); Source(p.Source); });
            Source(c.Source);
        });
    }

    private void Simple(SimpleCalculation simple)
    {
        Text(simple.Model);
        Text(simple.Measure);
        Text(simple.TimeDimension);
        List(simple.Filters, f => { Path(f.Column); Enum((int)f.Operator); Texts(f.Values); Source(f.Source); });
        Source(simple.Source);
        Enum((int)simple.NoRows);
        body.Write(simple.EveryPeriod);
    }

    private void Access(AccessPolicy access)
    {
        List(access.Roles, r =>
        {
            Text(r.Id);
            Localized(r.Name);
            var grant = r.Metrics;
            body.Write(grant.All);
            Texts(grant.Tags);
            Texts(grant.Metrics);
            Texts(grant.DenyTags);
            Texts(grant.DenyMetrics);
            List(r.RowRules, rule => { Text(rule.Dimension); Text(rule.Attribute); Texts(rule.Values); Source(rule.Source); });
            Texts(r.DeniedDimensions);
            Texts(r.Governance);
            Source(r.Source);
            Texts(r.Owners);
            body.Write(r.Audit);
        });
        List(access.Users, u => { Text(u.Id); Text(u.Name); Texts(u.Roles); Map(u.Attributes, Texts); Source(u.Source); Texts(u.Groups); });
        body.Write(access.ApprovalsRequired);
        List(access.PublicDefinitionTags, t => { Text(t.Tag); Source(t.Source); });
        List(access.Groups, g => { Text(g.Id); Text(g.Name); Texts(g.Roles); Map(g.Attributes, Texts); Source(g.Source); });
    }

    private void Freshness(FreshnessExpectation freshness)
    {
        Optional(freshness.ExpectedEvery, t => body.Write(t.Ticks));
        Text(freshness.ExpectedText);
        Text(freshness.TimeColumn);
        Text(freshness.LoadLog);
        Source(freshness.Source);
    }

    private void Window(CalendarWindow window)
    {
        body.Write(window.Count);
        Enum((int)window.Unit);
    }

    private void Path(ColumnPath path)
    {
        Texts(path.Joins);
        Text(path.Column);
    }

    private void Localized(LocalizedText text)
    {
        Text(text.Zh);
        Text(text.En);
    }

    private void Source(SourceLocation source)
    {
        Text(source.File);
        body.Write7BitEncodedInt(source.Line);
    }

    private void Enum(int value) => body.Write(checked((byte)value));

    private void Texts(IReadOnlyList<string> texts) => List(texts, Text);

    private void Text(string? text)
    {
        if (text is null)
        {
            body.Write7BitEncodedInt(0);
            return;
        }
        if (!numbers.TryGetValue(text, out var number))
        {
            number = strings.Count;
            numbers.Add(text, number);
            strings.Add(text);
        }
        body.Write7BitEncodedInt(number + 1);
    }

    private void List<T>(IReadOnlyList<T> items, Action<T> write)
    {
        body.Write7BitEncodedInt(items.Count);
        foreach (var item in items) write(item);
    }

    private void Map<T>(IReadOnlyDictionary<string, T> map, Action<T> write)
    {
        body.Write7BitEncodedInt(map.Count);
        foreach (var (key, value) in map)
        {
            Text(key);
            write(value);
        }
    }

    private void Optional<T>(T? value, Action<T> write) where T : class
    {
        body.Write(value is not null);
        if (value is not null) write(value);
    }

    private void Optional<T>(T? value, Action<T> write) where T : struct
    {
        body.Write(value.HasValue);
        if (value is { } present) write(present);
    }
}
