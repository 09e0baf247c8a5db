namespace MetricAssistant.Understanding.Text.Segmentation;

/// <summary>
/// Words taught to jieba, in the order taught, each with the frequency it was given, and jieba's total frequency
/// before and after: replayed on a dictionary whose total is <see cref="TotalBefore"/>, they leave it as teaching did.
/// </summary>
public sealed record TaughtWords(double TotalBefore, double TotalAfter, string[] Words, int[] Frequencies);
