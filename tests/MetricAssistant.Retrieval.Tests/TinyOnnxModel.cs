using Google.Protobuf;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// A tiny but real ONNX text encoder written byte by byte (no model ships here and onnx tooling is not reachable):
/// <c>last_hidden_state = Gather(embedding_table, input_ids * attention_mask [+ token_type_ids])</c>, so a token's
/// vector is its row of the table and what the generator pools can be computed by hand. The mask and the token
/// types take part so that the run fails when they are not fed, and the vectors change when they are fed wrong
/// (padding has id 0 anyway; token types must be 0). Field numbers are onnx.proto's.
/// </summary>
public sealed class TinyOnnxModel
{
    private const int Int32Type = 6;
    private const int Int64Type = 7;
    private const int FloatType = 1;

    public TinyOnnxModel(IReadOnlyList<string> vocabulary, int width, int seed = 7)
    {
        Vocabulary = vocabulary;
        var random = new Random(seed);
        Table = new float[vocabulary.Count][];
        for (var i = 0; i < Table.Length; i++)
        {
            Table[i] = new float[width];
            for (var k = 0; k < width; k++) Table[i][k] = (float)(random.NextDouble() * 2 - 1);
        }
    }

    /// <summary>[PAD], [UNK], [CLS], [SEP], [MASK], then the given words, in vocab.txt order (line number = id).</summary>
    public static IReadOnlyList<string> Vocab(params IEnumerable<string> words) =>
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", .. words.Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Row i is token i's vector.</summary>
    public float[][] Table { get; }

    public int Width => Table[0].Length;

    public int Id(string token) => Vocabulary.ToList().IndexOf(token) is var i and >= 0 ? i : throw new ArgumentException($"'{token}' is not in the vocabulary");

    /// <summary>Writes vocab.txt and the model; returns (model path, vocab path).</summary>
    public (string Model, string Vocab) Write(string folder, string name = "tiny", Shape shape = Shape.TokenStates)
    {
        Directory.CreateDirectory(folder);
        var vocab = Path.Combine(folder, name + ".vocab.txt");
        File.WriteAllLines(vocab, Vocabulary);
        var model = Path.Combine(folder, name + ".onnx");
        File.WriteAllBytes(model, Build(shape));
        return (model, vocab);
    }

    public enum Shape
    {
        /// <summary>int64 input_ids and attention_mask; output last_hidden_state [batch, sequence, width].</summary>
        TokenStates,

        /// <summary>
        /// int32 input_ids, attention_mask and token_type_ids; outputs token_embeddings [batch, sequence, width] first
        /// and sentence_embedding [batch, width] (the first token's row: Gather on axis 1), as sentence-transformers
        /// exports have.
        /// </summary>
        PooledInt32,

        /// <summary>input_ids alone (int64); output last_hidden_state. Feeding it anything more is an error.</summary>
        IdsOnly,

        /// <summary>The input is called "tokens": not something a BERT tokenizer can feed.</summary>
        WrongInput,
    }

    private byte[] Build(Shape shape)
    {
        var idType = shape == Shape.PooledInt32 ? Int32Type : Int64Type;
        var idsName = shape == Shape.WrongInput ? "tokens" : "input_ids";
        var hidden = shape == Shape.PooledInt32 ? "token_embeddings" : "last_hidden_state";
        var graph = Message(g =>
        {
            var ids = idsName;
            if (shape != Shape.IdsOnly) Bytes(g, 1, Node("mask_ids", "Mul", [ids, "attention_mask"], [ids = "masked_ids"]));
            if (shape == Shape.PooledInt32) Bytes(g, 1, Node("add_types", "Add", [ids, "token_type_ids"], [ids = "typed_ids"]));
            Bytes(g, 1, Node("gather_tokens", "Gather", ["embedding_table", ids], [hidden]));
            if (shape == Shape.PooledInt32)
                Bytes(g, 1, Node("first_token", "Gather", [hidden, "zero"], ["sentence_embedding"], ("axis", 1)));
            Text(g, 2, "tiny_encoder");
            Bytes(g, 5, FloatTensor("embedding_table", Table));
            if (shape == Shape.PooledInt32) Bytes(g, 5, Int64Scalar("zero", 0));
            Bytes(g, 11, ValueInfo(idsName, idType, "batch", "sequence"));
            if (shape != Shape.IdsOnly) Bytes(g, 11, ValueInfo("attention_mask", idType, "batch", "sequence"));
            if (shape == Shape.PooledInt32) Bytes(g, 11, ValueInfo("token_type_ids", idType, "batch", "sequence"));
            Bytes(g, 12, ValueInfo(hidden, FloatType, "batch", "sequence", Width));
            if (shape == Shape.PooledInt32) Bytes(g, 12, ValueInfo("sentence_embedding", FloatType, "batch", Width));
        });
        return Message(m =>
        {
            Varint(m, 1, 8); // ir_version
            Bytes(m, 7, graph);
            Bytes(m, 8, Message(o => Varint(o, 2, 13))); // opset_import: default domain, opset 13
        });
    }

    private static byte[] Node(string name, string op, string[] inputs, string[] outputs, (string Name, long Value)? attribute = null) => Message(n =>
    {
        foreach (var input in inputs) Text(n, 1, input);
        foreach (var output in outputs) Text(n, 2, output);
        Text(n, 3, name);
        Text(n, 4, op);
        if (attribute is { } a)
            Bytes(n, 5, Message(at =>
            {
                Text(at, 1, a.Name);
                Varint(at, 3, a.Value); // i
                Varint(at, 20, 2); // type INT
            }));
    });

    private static byte[] FloatTensor(string name, float[][] rows) => Message(t =>
    {
        Varint(t, 1, rows.Length);
        Varint(t, 1, rows[0].Length);
        Varint(t, 2, FloatType);
        Text(t, 8, name);
        var raw = new byte[rows.Length * rows[0].Length * sizeof(float)];
        var offset = 0;
        foreach (var row in rows)
            foreach (var x in row)
            {
                BitConverter.TryWriteBytes(raw.AsSpan(offset), x); // raw_data is little-endian, as this machine
                offset += sizeof(float);
            }
        Bytes(t, 9, raw);
    });

    private static byte[] Int64Scalar(string name, long value) => Message(t =>
    {
        Varint(t, 2, Int64Type);
        Text(t, 8, name);
        Bytes(t, 9, BitConverter.GetBytes(value));
    });

    /// <summary>A tensor-typed ValueInfoProto; dimensions are names (dim_param) or sizes (dim_value).</summary>
    private static byte[] ValueInfo(string name, int elementType, params object[] dims) => Message(v =>
    {
        Text(v, 1, name);
        Bytes(v, 2, Message(type => Bytes(type, 1, Message(tensor =>
        {
            Varint(tensor, 1, elementType);
            Bytes(tensor, 2, Message(shape =>
            {
                foreach (var dim in dims)
                    Bytes(shape, 1, Message(d =>
                    {
                        if (dim is string param) Text(d, 2, param);
                        else Varint(d, 1, Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture));
                    }));
            }));
        }))));
    });

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(output);
            output.Flush();
        }
        return buffer.ToArray();
    }

    private static void Bytes(CodedOutputStream output, int field, byte[] value)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(value));
    }

    private static void Text(CodedOutputStream output, int field, string value)
    {
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteString(value);
    }

    private static void Varint(CodedOutputStream output, int field, long value)
    {
        output.WriteTag(field, WireFormat.WireType.Varint);
        output.WriteInt64(value);
    }
}
