namespace MetricAssistant.Demo;

/// <summary>
/// The demo calendar of 2024–2025: promotion days, category seasons, and how demand in stores and online moves
/// with months, weekdays, holidays, shopping festivals and Spring Festival.
/// </summary>
internal static class DemoCalendar
{
    private static readonly double[] MonthSeason = [0.97, 0.90, 1.00, 0.97, 1.00, 1.06, 0.96, 0.97, 1.00, 1.04, 1.10, 1.07];
    private static readonly double[] WeekdayStore = [1.38, 0.85, 0.85, 0.88, 0.90, 1.05, 1.45];   // Sunday first
    private static readonly double[] WeekdayOnline = [1.08, 0.97, 0.97, 0.98, 0.98, 1.00, 1.06];
    private static readonly int[] SpringFestival = [40, 394];   // 2024-02-10, 2025-01-29

    /// <summary>Fills the world's calendar: dates, promotion days, category boosts and month starts.</summary>
    public static void Fill(DemoWorld world)
    {
        for (var d = 0; d < DemoWorld.Days; d++)
        {
            var date = DemoReferenceData.FirstDay.AddDays(d);
            world.Dates[d] = date;
            world.Promo[d] = (date.Month, date.Day) switch
            {
                (6, 18) or (11, 11) => 2,
                (5, 31) or (6, <= 20) or (10, 31) or (11, <= 13) or (12, 12) or (3, 8) => 1,
                _ => 0,
            };
            var k = SpringFestivalOffset(d);
            for (var c = 0; c < DemoWorld.CategoryCount; c++)
            {
                var boost = 1.0;
                switch (c)
                {
                    case 0: // apparel: new season in spring and autumn
                    case 1:
                        if (date.Month is 3 or 4 or 9 or 10 or 11) boost = 1.15;
                        break;
                    case 2: // beauty: Women's Day and the big festivals
                        if (date.Month == 3 && date.Day <= 8) boost = 1.4;
                        else if (world.Promo[d] > 0) boost = 1.25;
                        break;
                    case 3: // home: Double 11 is when people buy home goods
                        if (date.Month == 11) boost = 1.2;
                        break;
                    case 4: // food: New Year goods before Spring Festival
                        if (k is >= -21 and <= -2) boost = 1.9;
                        else if (date.Month == 9) boost = 1.2; // Mid-Autumn gifts
                        break;
                }
                world.CategoryBoost[d * DemoWorld.CategoryCount + c] = boost;
            }
        }
        for (var m = 0; m <= 24; m++)
            world.MonthStartDay[m] = new DateOnly(2024 + m / 12, m % 12 + 1, 1).DayNumber - DemoReferenceData.FirstDay.DayNumber;
    }

    /// <summary>Days from the nearest Spring Festival (lunar new year's day), or int.MaxValue if far away.</summary>
    private static int SpringFestivalOffset(int day)
    {
        foreach (var sf in SpringFestival)
        {
            var k = day - sf;
            if (k is >= -30 and <= 30) return k;
        }
        return int.MaxValue;
    }

    /// <summary>Demand of in-store shopping on a day, relative to an ordinary day.</summary>
    public static double StoreDayFactor(DateOnly date, int d)
    {
        var f = MonthSeason[date.Month - 1] * WeekdayStore[(int)date.DayOfWeek];
        f *= (date.Month, date.Day) switch
        {
            (1, 1) => 1.3,
            (3, 8) => 1.2,
            (5, <= 5) => 1.35,
            (6, <= 18) => 1.12,
            (10, <= 7) => 1.45,
            (11, 11) => 1.5,
            (11, <= 10) => 1.25,
            (12, 24) or (12, 25) => 1.3,
            (12, 31) => 1.2,
            _ => 1.0,
        };
        f *= SpringFestivalOffset(d) switch
        {
            >= -21 and <= -8 => 1.12,
            >= -7 and <= -2 => 1.05,
            -1 => 0.5,
            0 => 0.25,
            1 or 2 => 0.4,
            >= 3 and <= 6 => 0.6,
            >= 7 and <= 14 => 0.85,
            _ => 1.0,
        };
        return f;
    }

    /// <summary>Demand of online shopping on a day, relative to an ordinary day (festivals weigh far more online).</summary>
    public static double OnlineDayFactor(DateOnly date, int d)
    {
        var f = MonthSeason[date.Month - 1] * WeekdayOnline[(int)date.DayOfWeek];
        f *= (date.Month, date.Day) switch
        {
            (1, 1) => 1.1,
            (3, 8) => 1.4,
            (5, 31) => 1.4,
            (6, 18) => 4.0,
            (6, 16) or (6, 17) => 2.0,
            (6, <= 15) => 1.5,
            (6, 19) or (6, 20) => 1.2,
            (10, 31) => 2.2,
            (11, 11) => 5.5,
            (11, <= 10) => 1.8,
            (11, 12) or (11, 13) => 1.2,
            (12, 12) => 1.9,
            _ => 1.0,
        };
        f *= SpringFestivalOffset(d) switch
        {
            >= -21 and <= -11 => 1.1,
            >= -10 and <= -2 => 0.75,
            -1 => 0.4,
            >= 0 and <= 2 => 0.45,
            >= 3 and <= 6 => 0.6,
            >= 7 and <= 14 => 0.9,
            _ => 1.0,
        };
        return f;
    }
}
