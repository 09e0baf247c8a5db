using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// Qdrant's filter semantics (lib/segment/src/payload_storage/query_checker.rs and condition_checker.rs): every
/// <c>must</c>, at least one <c>should</c> when there are any, <c>min_should.min_count</c> of its conditions, no
/// <c>must_not</c>. A field condition looks at every value under the key, an array's elements one by one, and a
/// missing field matches nothing (so it passes a <c>must_not</c>). Conditions this server does not model (geo,
/// full text, nested, datetime, values count) are refused with UNIMPLEMENTED instead of being guessed.
/// </summary>
public static class LoopbackFilter
{
    public static bool Accepts(Filter? filter, LoopbackPoint point)
    {
        if (filter is null) return true;
        if (filter.Should.Count > 0 && !filter.Should.Any(c => Check(c, point))) return false;
        if (filter.MinShould is { } min && filter.MinShould.Conditions.Count(c => Check(c, point)) < (long)min.MinCount) return false;
        if (!filter.Must.All(c => Check(c, point))) return false;
        return !filter.MustNot.Any(c => Check(c, point));
    }

    private static bool Check(Condition condition, LoopbackPoint point) => condition.ConditionOneOfCase switch
    {
        Condition.ConditionOneOfOneofCase.Field => CheckField(condition.Field, point.Payload),
        Condition.ConditionOneOfOneofCase.Filter => Accepts(condition.Filter, point),
        Condition.ConditionOneOfOneofCase.HasId => condition.HasId.HasId.Contains(point.Id),
        Condition.ConditionOneOfOneofCase.IsEmpty => ValuesAt(point.Payload, condition.IsEmpty.Key).All(IsEmptyValue),
        Condition.ConditionOneOfOneofCase.IsNull => ValuesAt(point.Payload, condition.IsNull.Key).Any(v => v.KindCase == Value.KindOneofCase.NullValue),
        Condition.ConditionOneOfOneofCase.None => throw LoopbackErrors.Validation("condition is empty"),
        _ => throw LoopbackErrors.NotModelled($"the {condition.ConditionOneOfCase} condition"),
    };

    private static bool CheckField(FieldCondition field, MapField<string, Value> payload)
    {
        if (field.GeoBoundingBox is not null || field.GeoRadius is not null || field.GeoPolygon is not null || field.DatetimeRange is not null || field.ValuesCount is not null)
            throw LoopbackErrors.NotModelled("geo, datetime and values-count field conditions");
        if (field.Match is null && field.Range is null && !field.HasIsEmpty && !field.HasIsNull)
            throw LoopbackErrors.WrongInput($"At least one field condition must be specified for key {field.Key}");
        var values = ValuesAt(payload, field.Key);
        if (values.Count == 0) return field.HasIsEmpty && field.IsEmpty;
        // an array is checked element by element (condition_checker.rs, ValueChecker::_check)
        return values.Any(value => value.KindCase == Value.KindOneofCase.ListValue
            ? value.ListValue.Values.Any(element => Matches(field, element))
            : Matches(field, value));
    }

    private static bool Matches(FieldCondition field, Value value)
    {
        if (field.Match is { } match && MatchValue(match, value)) return true;
        if (field.Range is { } range && InRange(range, value)) return true;
        if (field.HasIsEmpty && IsEmptyValue(value) == field.IsEmpty) return true;
        return field.HasIsNull && (value.KindCase == Value.KindOneofCase.NullValue) == field.IsNull;
    }

    private static bool MatchValue(Match match, Value value) => match.MatchValueCase switch
    {
        Match.MatchValueOneofCase.Keyword => value.KindCase == Value.KindOneofCase.StringValue && value.StringValue == match.Keyword,
        Match.MatchValueOneofCase.Integer => value.KindCase == Value.KindOneofCase.IntegerValue && value.IntegerValue == match.Integer,
        Match.MatchValueOneofCase.Boolean => value.KindCase == Value.KindOneofCase.BoolValue && value.BoolValue == match.Boolean,
        Match.MatchValueOneofCase.Keywords => value.KindCase == Value.KindOneofCase.StringValue && match.Keywords.Strings.Contains(value.StringValue),
        Match.MatchValueOneofCase.Integers => value.KindCase == Value.KindOneofCase.IntegerValue && match.Integers.Integers.Contains(value.IntegerValue),
        Match.MatchValueOneofCase.ExceptKeywords => value.KindCase switch
        {
            Value.KindOneofCase.StringValue => !match.ExceptKeywords.Strings.Contains(value.StringValue),
            Value.KindOneofCase.NullValue => false,
            _ => true,
        },
        Match.MatchValueOneofCase.ExceptIntegers => value.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => !match.ExceptIntegers.Integers.Contains(value.IntegerValue),
            Value.KindOneofCase.NullValue => false,
            _ => true,
        },
        Match.MatchValueOneofCase.None => throw LoopbackErrors.Validation("match is empty"),
        _ => throw LoopbackErrors.NotModelled($"the {match.MatchValueCase} match"),
    };

    private static bool InRange(Qdrant.Client.Grpc.Range range, Value value)
    {
        double? number = value.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => value.IntegerValue,
            Value.KindOneofCase.DoubleValue => value.DoubleValue,
            _ => null,
        };
        if (number is not { } x) return false;
        return (!range.HasLt || x < range.Lt) && (!range.HasGt || x > range.Gt) && (!range.HasLte || x <= range.Lte) && (!range.HasGte || x >= range.Gte);
    }

    private static bool IsEmptyValue(Value value) =>
        value.KindCase == Value.KindOneofCase.NullValue || (value.KindCase == Value.KindOneofCase.ListValue && value.ListValue.Values.Count == 0);

    /// <summary>The values under a key; a dotted key walks into nested objects (Qdrant's "a.b").</summary>
    private static List<Value> ValuesAt(MapField<string, Value> payload, string key)
    {
        var parts = key.Split('.');
        if (!payload.TryGetValue(parts[0], out var current)) return [];
        for (var i = 1; i < parts.Length; i++)
        {
            if (current.KindCase != Value.KindOneofCase.StructValue || !current.StructValue.Fields.TryGetValue(parts[i], out var next)) return [];
            current = next;
        }
        return [current];
    }
}
