namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Per-query scratch of <see cref="Bm25Index"/>: scores by document with generation stamps, so nothing is cleared
/// between queries. One query at a time; the index pools them.
/// </summary>
internal sealed class Bm25Accumulator(int size)
{
    public readonly float[] Scores = new float[size];
    public readonly int[] Touched = new int[size];
    public int Count;
    private readonly int[] stamp = new int[size];
    private int generation;
    // for expansions (rare): allocated on first use
    private float[] maxScores = [];
    private int[] maxStamp = [];
    private readonly List<int> maxTouched = [];
    private int maxGeneration;

    public void Begin()
    {
        Count = 0;
        if (++generation == int.MaxValue)
        {
            Array.Clear(stamp);
            generation = 1;
        }
    }

    public void Add(int doc, float score)
    {
        if (stamp[doc] != generation)
        {
            stamp[doc] = generation;
            Scores[doc] = 0;
            Touched[Count++] = doc;
        }
        Scores[doc] += score;
    }

    public void BeginMax()
    {
        if (maxScores.Length == 0)
        {
            maxScores = new float[Scores.Length];
            maxStamp = new int[Scores.Length];
        }
        maxTouched.Clear();
        if (++maxGeneration == int.MaxValue)
        {
            Array.Clear(maxStamp);
            maxGeneration = 1;
        }
    }

    public void Max(int doc, float score)
    {
        if (maxStamp[doc] != maxGeneration)
        {
            maxStamp[doc] = maxGeneration;
            maxScores[doc] = score;
            maxTouched.Add(doc);
        }
        else if (score > maxScores[doc]) maxScores[doc] = score;
    }

    public void EndMax()
    {
        foreach (var doc in maxTouched) Add(doc, maxScores[doc]);
    }
}
