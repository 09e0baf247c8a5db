namespace MetricAssistant.Charts;

/// <summary>
/// The font family every chart text is drawn with, whether it has Chinese glyphs, and how far (in ems) its
/// text must be moved down to sit where ScottPlot means it to: ScottPlot places a baseline by the font's
/// deepest glyph, which in a CJK font lies far below the usual descent, so labels would float above their ticks.
/// </summary>
public sealed record ChartFont(string Family, bool SupportsCjk, float BaselineShiftEm = 0);
