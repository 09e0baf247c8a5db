using MetricAssistant.Demo;

namespace MetricAssistant.Demo.Tests;

/// <summary>catalog/dimensions/city.yaml and store.yaml are the generator's reference list, verbatim.</summary>
public sealed class DemoCatalogFilesTests
{
    private static string DimensionFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "catalog", "dimensions", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"catalog/dimensions/{name} not found above {AppContext.BaseDirectory}");
    }

    private const string Regenerate =
        "regenerate with: dotnet run -c Release --project benchmarks/MetricAssistant.Benchmarks -- catalog catalog/dimensions";

    [Fact]
    public void City_yaml_matches_the_generator()
    {
        var text = File.ReadAllText(DimensionFile("city.yaml")).ReplaceLineEndings("\n");
        Assert.True(DemoCatalogYaml.RenderCityYaml() == text, "city.yaml differs from DemoReferenceData; " + Regenerate);
    }

    [Fact]
    public void Store_yaml_matches_the_generator()
    {
        var text = File.ReadAllText(DimensionFile("store.yaml")).ReplaceLineEndings("\n");
        Assert.True(DemoCatalogYaml.RenderStoreYaml() == text, "store.yaml differs from DemoReferenceData; " + Regenerate);
    }

    [Fact]
    public void Channel_yaml_says_of_each_channel_what_the_warehouse_says_online()
    {
        // within: { online_offline: ... } of each value is the channels table's is_online, which filters and splits read.
        var text = File.ReadAllText(DimensionFile("channel.yaml"));
        var said = System.Text.RegularExpressions.Regex.Matches(text, @"code: (\w+),.*within: \{ online_offline: (\w+) \}")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(DemoReferenceData.Channels.ToDictionary(c => c.Code, c => c.IsOnline ? "online" : "offline"), said);
    }

    [Fact]
    public void The_reference_list_has_the_agreed_shape()
    {
        var stores = DemoReferenceData.Stores;
        Assert.Equal(Enumerable.Range(1, 60), stores.Select(s => s.StoreId));
        var perCity = stores.GroupBy(s => s.CityEn).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["Shanghai"] = 7, ["Hangzhou"] = 5, ["Nanjing"] = 3, ["Suzhou"] = 3,
            ["Beijing"] = 7, ["Tianjin"] = 3, ["Shijiazhuang"] = 2,
            ["Guangzhou"] = 6, ["Shenzhen"] = 5, ["Dongguan"] = 2,
            ["Chengdu"] = 5, ["Chongqing"] = 3, ["Kunming"] = 1,
            ["Wuhan"] = 4, ["Changsha"] = 2, ["Zhengzhou"] = 2,
        }, perCity);
        Assert.All(stores, s => Assert.StartsWith(DemoReferenceData.CityOf(s).NameZh, s.NameZh));
        Assert.All(stores, s => Assert.StartsWith(s.CityEn, s.NameEn));
        Assert.Contains(stores, s => s.StoreType == "outlet");
        Assert.Equal(
            new[] { "Beijing", "Chengdu", "Guangzhou", "Hangzhou", "Shanghai", "Shenzhen", "Wuhan" },
            stores.Where(s => s.StoreType == "flagship").Select(s => s.CityEn).Order().ToArray());
    }

    [Fact]
    public void Every_word_names_one_value()
    {
        // the catalog rule: a code, name or synonym (case-insensitive) names one value of a dimension
        static void Unique(IEnumerable<(string Code, IEnumerable<string> Words)> values)
        {
            var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (code, words) in values)
                foreach (var word in words.Distinct(StringComparer.OrdinalIgnoreCase))
                    Assert.True(owner.TryAdd(word, code), $"'{word}' names both {owner.GetValueOrDefault(word)} and {code}");
        }
        Unique(DemoReferenceData.Stores.Select(s => (s.StoreId.ToString(), (IEnumerable<string>)[s.StoreId.ToString(), s.NameZh, s.NameEn, .. DemoReferenceData.StoreSynonyms(s)])));
        Unique(DemoReferenceData.Cities.Select(c => (c.NameEn, (IEnumerable<string>)[c.NameEn, c.NameZh, .. c.Synonyms])));
    }
}
