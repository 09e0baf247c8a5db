using System.Runtime.InteropServices;
using System.Text;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// The payload of a <see cref="ReaderTableSnapshot"/>: every distinct lexicon entry once, the lexicon's terms in their
/// order (each with its entries by number), then the qualifiers once each and the qualified names (qualifiers by
/// number; format 2), the typo matchers' terms (by their number in the
/// lexicon's order) and the English trigram index as whole arrays. Orders are kept exactly: ties between terms are
/// settled by them. A payload that does not fit together throws <see cref="InvalidDataException"/>.
/// </summary>
internal static class ReaderTableFormat
{
    public static void Write(ReaderTables tables, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var lexicon = tables.Lexicon;
        var entryNumbers = new Dictionary<LexiconEntry, int>();
        var entries = new List<LexiconEntry>();
        var termNumbers = new Dictionary<string, int>(lexicon.Count, StringComparer.Ordinal);
        foreach (var term in lexicon.Terms)
        {
            termNumbers[term] = termNumbers.Count;
            foreach (var entry in lexicon.Lookup(term)) Number(entry);
        }
        foreach (var list in tables.Qualified.ByName.Values)
            foreach (var qualified in list)
                foreach (var entry in qualified.Entries) Number(entry);

        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write((byte)entry.Kind);
            writer.Write(entry.Id);
            writer.Write(entry.Code is not null);
            if (entry.Code is not null) writer.Write(entry.Code);
        }
        writer.Write(lexicon.Count);
        writer.Write(lexicon.MaxTermLength);
        foreach (var term in lexicon.Terms)
        {
            writer.Write(term);
            WriteEntries(lexicon.Lookup(term));
        }
        writer.Write(lexicon.DimensionSizes.Count);
        foreach (var (dimension, size) in lexicon.DimensionSizes)
        {
            writer.Write(dimension);
            writer.Write(size);
        }
        // A 100k catalog's 520,000 qualified names share 50,000 qualifiers: each is written once and named by its number.
        var qualifiers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in tables.Qualified.ByName.Values)
            foreach (var qualified in list)
                qualifiers.TryAdd(qualified.Qualifier, qualifiers.Count);
        writer.Write(qualifiers.Count);
        foreach (var qualifier in qualifiers.Keys) writer.Write(qualifier);
        writer.Write(tables.Qualified.ByName.Count);
        foreach (var (name, list) in tables.Qualified.ByName)
        {
            writer.Write(name);
            writer.Write(list.Count);
            foreach (var qualified in list)
            {
                writer.Write(qualifiers[qualified.Qualifier]);
                writer.Write(qualified.Before);
                WriteEntries(qualified.Entries);
            }
        }
        WriteInts([.. tables.EnglishTypos.LatinTerms.Select(t => termNumbers[t])]);
        var (keys, starts, orders) = tables.EnglishTypos.Trigrams?.Arrays ?? throw new InvalidOperationException("the English typo matcher has no trigram index");
        WriteInts(keys);
        WriteInts(starts);
        WriteInts(orders);
        WriteInts([.. tables.ChineseTypos.Terms.Select(t => termNumbers[t])]);
        WriteInts([.. tables.ValueTypos.Terms.Select(t => termNumbers[t])]);

        void Number(LexiconEntry entry)
        {
            if (entryNumbers.TryAdd(entry, entries.Count)) entries.Add(entry);
        }

        void WriteEntries(IReadOnlyList<LexiconEntry> list)
        {
            writer.Write(list.Count);
            foreach (var entry in list) writer.Write(entryNumbers[entry]);
        }

        void WriteInts(int[] values)
        {
            writer.Write(values.Length);
            writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        }
    }

    /// <summary>The tables <see cref="Write"/> wrote; what is left after them is the caller's to refuse.</summary>
    public static ReaderTables Read(BinaryReader reader)
    {
        var entries = new LexiconEntry[Count(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            var kind = reader.ReadByte();
            if (!Enum.IsDefined((TermKind)kind)) throw new InvalidDataException("unknown term kind");
            var id = reader.ReadString();
            entries[i] = new LexiconEntry((TermKind)kind, id, reader.ReadBoolean() ? reader.ReadString() : null);
        }
        var terms = new (string Term, List<LexiconEntry> Entries)[Count(reader)];
        var maxTermLength = reader.ReadInt32();
        for (var i = 0; i < terms.Length; i++) terms[i] = (reader.ReadString(), ReadEntries());
        var sizes = new KeyValuePair<string, int>[Count(reader)];
        for (var i = 0; i < sizes.Length; i++) sizes[i] = new(reader.ReadString(), reader.ReadInt32());
        var lexicon = new CatalogLexicon(terms, sizes, maxTermLength);

        var qualifiers = new string[Count(reader)];
        for (var i = 0; i < qualifiers.Length; i++) qualifiers[i] = reader.ReadString();
        // A qualified name's entries are only read: one entry (nearly all of them) is one shared array per entry.
        var singles = new LexiconEntry[]?[entries.Length];
        var names = Count(reader);
        var byName = new Dictionary<string, List<QualifiedTerms.Qualified>>(names, StringComparer.Ordinal);
        for (var i = 0; i < names; i++)
        {
            var name = reader.ReadString();
            var list = new List<QualifiedTerms.Qualified>(Count(reader));
            for (var k = 0; k < list.Capacity; k++)
            {
                var qualifier = reader.ReadInt32();
                if ((uint)qualifier >= (uint)qualifiers.Length) throw new InvalidDataException("qualifier number out of range");
                list.Add(new QualifiedTerms.Qualified(qualifiers[qualifier], reader.ReadBoolean(), ReadSharedEntries()));
            }
            byName.Add(name, list);
        }
        var latin = Terms(ReadInts());
        var trigrams = new LatinTrigramIndex(ReadInts(), ReadInts(), ReadInts(), latin.Length);
        var chinese = Terms(ReadInts());
        var values = Terms(ReadInts());
        return new ReaderTables(lexicon, new QualifiedTerms(byName), new EnglishTypoMatcher(lexicon, latin, trigrams),
            new ChineseTypoMatcher(lexicon, chinese), new ValueTypoMatcher(lexicon, values));

        List<LexiconEntry> ReadEntries()
        {
            var list = new List<LexiconEntry>(Count(reader));
            for (var k = 0; k < list.Capacity; k++)
            {
                var number = reader.ReadInt32();
                list.Add((uint)number < (uint)entries.Length ? entries[number] : throw new InvalidDataException("entry number out of range"));
            }
            return list;
        }

        IReadOnlyList<LexiconEntry> ReadSharedEntries()
        {
            var count = Count(reader);
            if (count != 1) return ReadNumbered(count);
            var number = reader.ReadInt32();
            if ((uint)number >= (uint)entries.Length) throw new InvalidDataException("entry number out of range");
            return singles[number] ??= [entries[number]];
        }

        LexiconEntry[] ReadNumbered(int count)
        {
            var list = new LexiconEntry[count];
            for (var k = 0; k < count; k++)
            {
                var number = reader.ReadInt32();
                list[k] = (uint)number < (uint)entries.Length ? entries[number] : throw new InvalidDataException("entry number out of range");
            }
            return list;
        }

        int[] ReadInts()
        {
            var values = new int[Count(reader)];
            if (reader.Read(MemoryMarshal.AsBytes(values.AsSpan())) != values.Length * sizeof(int)) throw new InvalidDataException("truncated");
            return values;
        }

        string[] Terms(int[] numbers) =>
            [.. numbers.Select(n => (uint)n < (uint)terms.Length ? terms[n].Term : throw new InvalidDataException("term number out of range"))];
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("count out of range");
    }
}
