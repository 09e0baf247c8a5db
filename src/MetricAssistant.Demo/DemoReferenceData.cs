namespace MetricAssistant.Demo;

/// <summary>A sales region of the demo chain (table <c>regions</c>).</summary>
public sealed record DemoRegion(string Code, string NameZh, string NameEn);

/// <summary>A city of the demo chain. Its code is its English name (the <c>city</c> dimension).</summary>
public sealed record DemoCity(string NameEn, string NameZh, string RegionCode, IReadOnlyList<string> Synonyms);

/// <summary>
/// A store of the demo chain (table <c>stores</c>). <see cref="ShortZh"/> and <see cref="ShortEn"/> are the
/// names people use for it inside its city (徐汇店, Xuhui); they become synonyms in the catalog.
/// </summary>
public sealed record DemoStore(
    int StoreId,
    string NameZh,
    string NameEn,
    string CityEn,
    string StoreType,
    DateOnly OpenedOn,
    string ShortZh,
    string ShortEn);

/// <summary>A sales channel (table <c>channels</c>).</summary>
public sealed record DemoChannel(string Code, string NameZh, string NameEn, bool IsOnline);

/// <summary>A product category (columns of table <c>products</c>).</summary>
public sealed record DemoCategory(string Code, string NameZh, string NameEn);

/// <summary>
/// The fixed reference data of the demo warehouse: the single source for the generator and for the
/// <c>catalog/dimensions/city.yaml</c> and <c>store.yaml</c> files (a test keeps them equal).
/// </summary>
public static class DemoReferenceData
{
    public static readonly DateOnly FirstDay = new(2024, 1, 1);
    public static readonly DateOnly LastDay = new(2025, 12, 31);

    public static IReadOnlyList<DemoRegion> Regions { get; } =
    [
        new("east", "华东", "East China"),
        new("north", "华北", "North China"),
        new("south", "华南", "South China"),
        new("southwest", "西南", "Southwest China"),
        new("central", "华中", "Central China"),
    ];

    public static IReadOnlyList<DemoCity> Cities { get; } =
    [
        new("Shanghai", "上海", "east", ["上海市", "魔都"]),
        new("Hangzhou", "杭州", "east", ["杭州市"]),
        new("Nanjing", "南京", "east", ["南京市", "金陵"]),
        new("Suzhou", "苏州", "east", ["苏州市", "姑苏"]),
        new("Beijing", "北京", "north", ["北京市", "帝都"]),
        new("Tianjin", "天津", "north", ["天津市"]),
        new("Shijiazhuang", "石家庄", "north", ["石家庄市"]),
        new("Guangzhou", "广州", "south", ["广州市", "羊城"]),
        new("Shenzhen", "深圳", "south", ["深圳市", "鹏城"]),
        new("Dongguan", "东莞", "south", ["东莞市"]),
        new("Chengdu", "成都", "southwest", ["成都市", "蓉城"]),
        new("Chongqing", "重庆", "southwest", ["重庆市"]),
        new("Kunming", "昆明", "southwest", ["昆明市", "春城"]),
        new("Wuhan", "武汉", "central", ["武汉市"]),
        new("Changsha", "长沙", "central", ["长沙市"]),
        new("Zhengzhou", "郑州", "central", ["郑州市"]),
    ];

    private static DemoStore S(int id, string zh, string en, string city, string type, string opened, string shortZh, string shortEn) =>
        new(id, zh, en, city, type, DateOnly.ParseExact(opened, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), shortZh, shortEn);

    /// <summary>The 60 stores, <c>store_id</c> 1..60 in this order.</summary>
    public static IReadOnlyList<DemoStore> Stores { get; } =
    [
        // east — Shanghai 7
        S(1, "上海南京西路旗舰店", "Shanghai West Nanjing Road Flagship", "Shanghai", "flagship", "2016-09-30", "南京西路店", "West Nanjing Road"),
        S(2, "上海徐汇店", "Shanghai Xuhui", "Shanghai", "standard", "2017-05-20", "徐汇店", "Xuhui"),
        S(3, "上海陆家嘴店", "Shanghai Lujiazui", "Shanghai", "standard", "2018-04-28", "陆家嘴店", "Lujiazui"),
        S(4, "上海五角场店", "Shanghai Wujiaochang", "Shanghai", "standard", "2019-06-15", "五角场店", "Wujiaochang"),
        S(5, "上海莘庄店", "Shanghai Xinzhuang", "Shanghai", "standard", "2020-10-01", "莘庄店", "Xinzhuang"),
        S(6, "上海青浦奥特莱斯店", "Shanghai Qingpu Outlets", "Shanghai", "outlet", "2019-11-09", "青浦奥莱店", "Qingpu Outlets"),
        S(7, "上海前滩店", "Shanghai Qiantan", "Shanghai", "standard", "2024-09-28", "前滩店", "Qiantan"),
        // east — Hangzhou 5
        S(8, "杭州湖滨旗舰店", "Hangzhou Hubin Flagship", "Hangzhou", "flagship", "2017-08-18", "湖滨店", "Hubin"),
        S(9, "杭州武林店", "Hangzhou Wulin", "Hangzhou", "standard", "2018-03-16", "武林店", "Wulin"),
        S(10, "杭州滨江店", "Hangzhou Binjiang", "Hangzhou", "standard", "2020-06-06", "滨江店", "Binjiang"),
        S(11, "杭州西溪店", "Hangzhou Xixi", "Hangzhou", "standard", "2021-04-30", "西溪店", "Xixi"),
        S(12, "杭州萧山店", "Hangzhou Xiaoshan", "Hangzhou", "standard", "2022-09-09", "萧山店", "Xiaoshan"),
        // east — Nanjing 3
        S(13, "南京新街口店", "Nanjing Xinjiekou", "Nanjing", "standard", "2018-10-01", "新街口店", "Xinjiekou"),
        S(14, "南京河西店", "Nanjing Hexi", "Nanjing", "standard", "2020-12-12", "河西店", "Hexi"),
        S(15, "南京江宁店", "Nanjing Jiangning", "Nanjing", "standard", "2023-05-01", "江宁店", "Jiangning"),
        // east — Suzhou 3
        S(16, "苏州观前街店", "Suzhou Guanqian Street", "Suzhou", "standard", "2019-04-20", "观前街店", "Guanqian Street"),
        S(17, "苏州园区店", "Suzhou Industrial Park", "Suzhou", "standard", "2021-09-18", "园区店", "Industrial Park"),
        S(18, "苏州吴中店", "Suzhou Wuzhong", "Suzhou", "standard", "2022-05-20", "吴中店", "Wuzhong"),
        // north — Beijing 7
        S(19, "北京王府井旗舰店", "Beijing Wangfujing Flagship", "Beijing", "flagship", "2015-10-01", "王府井店", "Wangfujing"),
        S(20, "北京三里屯店", "Beijing Sanlitun", "Beijing", "standard", "2017-12-22", "三里屯店", "Sanlitun"),
        S(21, "北京西单店", "Beijing Xidan", "Beijing", "standard", "2018-07-07", "西单店", "Xidan"),
        S(22, "北京中关村店", "Beijing Zhongguancun", "Beijing", "standard", "2019-09-10", "中关村店", "Zhongguancun"),
        S(23, "北京望京店", "Beijing Wangjing", "Beijing", "standard", "2020-08-18", "望京店", "Wangjing"),
        S(24, "北京通州店", "Beijing Tongzhou", "Beijing", "standard", "2025-04-26", "通州店", "Tongzhou"),
        S(25, "北京房山奥特莱斯店", "Beijing Fangshan Outlets", "Beijing", "outlet", "2018-05-01", "房山奥莱店", "Fangshan Outlets"),
        // north — Tianjin 3
        S(26, "天津滨江道店", "Tianjin Binjiang Road", "Tianjin", "standard", "2018-06-18", "滨江道店", "Binjiang Road"),
        S(27, "天津南开店", "Tianjin Nankai", "Tianjin", "standard", "2020-11-11", "南开店", "Nankai"),
        S(28, "天津滨海店", "Tianjin Binhai", "Tianjin", "standard", "2021-07-01", "滨海店", "Binhai"),
        // north — Shijiazhuang 2
        S(29, "石家庄北国店", "Shijiazhuang Beiguo", "Shijiazhuang", "standard", "2019-08-08", "北国店", "Beiguo"),
        S(30, "石家庄裕华店", "Shijiazhuang Yuhua", "Shijiazhuang", "standard", "2022-04-16", "裕华店", "Yuhua"),
        // south — Guangzhou 6
        S(31, "广州天河旗舰店", "Guangzhou Tianhe Flagship", "Guangzhou", "flagship", "2016-12-18", "天河店", "Tianhe"),
        S(32, "广州上下九店", "Guangzhou Shangxiajiu", "Guangzhou", "standard", "2017-09-29", "上下九店", "Shangxiajiu"),
        S(33, "广州珠江新城店", "Guangzhou Zhujiang New Town", "Guangzhou", "standard", "2019-01-19", "珠江新城店", "Zhujiang New Town"),
        S(34, "广州番禺店", "Guangzhou Panyu", "Guangzhou", "standard", "2020-07-25", "番禺店", "Panyu"),
        S(35, "广州白云店", "Guangzhou Baiyun", "Guangzhou", "standard", "2021-10-01", "白云店", "Baiyun"),
        S(36, "广州花都奥特莱斯店", "Guangzhou Huadu Outlets", "Guangzhou", "outlet", "2020-01-11", "花都奥莱店", "Huadu Outlets"),
        // south — Shenzhen 5
        S(37, "深圳福田旗舰店", "Shenzhen Futian Flagship", "Shenzhen", "flagship", "2017-11-11", "福田店", "Futian"),
        S(38, "深圳南山店", "Shenzhen Nanshan", "Shenzhen", "standard", "2018-12-08", "南山店", "Nanshan"),
        S(39, "深圳罗湖店", "Shenzhen Luohu", "Shenzhen", "standard", "2019-05-01", "罗湖店", "Luohu"),
        S(40, "深圳宝安店", "Shenzhen Baoan", "Shenzhen", "standard", "2021-03-27", "宝安店", "Baoan"),
        S(41, "深圳前海店", "Shenzhen Qianhai", "Shenzhen", "standard", "2024-12-21", "前海店", "Qianhai"),
        // south — Dongguan 2
        S(42, "东莞南城店", "Dongguan Nancheng", "Dongguan", "standard", "2019-10-19", "南城店", "Nancheng"),
        S(43, "东莞松山湖店", "Dongguan Songshan Lake", "Dongguan", "standard", "2022-08-13", "松山湖店", "Songshan Lake"),
        // southwest — Chengdu 5
        S(44, "成都春熙路旗舰店", "Chengdu Chunxi Road Flagship", "Chengdu", "flagship", "2017-04-01", "春熙路店", "Chunxi Road"),
        S(45, "成都高新店", "Chengdu Hi-Tech Zone", "Chengdu", "standard", "2018-09-15", "高新店", "Hi-Tech Zone"),
        S(46, "成都武侯店", "Chengdu Wuhou", "Chengdu", "standard", "2019-12-21", "武侯店", "Wuhou"),
        S(47, "成都双流店", "Chengdu Shuangliu", "Chengdu", "standard", "2021-06-18", "双流店", "Shuangliu"),
        S(48, "成都郫都奥特莱斯店", "Chengdu Pidu Outlets", "Chengdu", "outlet", "2020-09-26", "郫都奥莱店", "Pidu Outlets"),
        // southwest — Chongqing 3
        S(49, "重庆解放碑店", "Chongqing Jiefangbei", "Chongqing", "standard", "2018-04-04", "解放碑店", "Jiefangbei"),
        S(50, "重庆观音桥店", "Chongqing Guanyinqiao", "Chongqing", "standard", "2019-07-20", "观音桥店", "Guanyinqiao"),
        S(51, "重庆巴南奥特莱斯店", "Chongqing Banan Outlets", "Chongqing", "outlet", "2021-11-20", "巴南奥莱店", "Banan Outlets"),
        // southwest — Kunming 1
        S(52, "昆明南屏街店", "Kunming Nanping Street", "Kunming", "standard", "2020-05-20", "南屏街店", "Nanping Street"),
        // central — Wuhan 4
        S(53, "武汉江汉路旗舰店", "Wuhan Jianghan Road Flagship", "Wuhan", "flagship", "2018-01-20", "江汉路店", "Jianghan Road"),
        S(54, "武汉光谷店", "Wuhan Optics Valley", "Wuhan", "standard", "2019-10-01", "光谷店", "Optics Valley"),
        S(55, "武汉楚河汉街店", "Wuhan Chuhe Hanjie", "Wuhan", "standard", "2020-12-24", "楚河汉街店", "Chuhe Hanjie"),
        S(56, "武汉汉阳店", "Wuhan Hanyang", "Wuhan", "standard", "2025-08-08", "汉阳店", "Hanyang"),
        // central — Changsha 2
        S(57, "长沙五一广场店", "Changsha Wuyi Square", "Changsha", "standard", "2019-03-30", "五一广场店", "Wuyi Square"),
        S(58, "长沙梅溪湖店", "Changsha Meixi Lake", "Changsha", "standard", "2024-04-27", "梅溪湖店", "Meixi Lake"),
        // central — Zhengzhou 2
        S(59, "郑州二七店", "Zhengzhou Erqi", "Zhengzhou", "standard", "2020-04-18", "二七店", "Erqi"),
        S(60, "郑州郑东新区店", "Zhengzhou Zhengdong New District", "Zhengzhou", "standard", "2022-10-15", "郑东店", "Zhengdong"),
    ];

    public static IReadOnlyList<DemoChannel> Channels { get; } =
    [
        new("store", "门店", "In-store", false),
        new("tmall", "天猫", "Tmall", true),
        new("jd", "京东", "JD.com", true),
        new("miniapp", "小程序", "Mini Program", true),
        new("douyin", "抖音", "Douyin", true),
    ];

    public static IReadOnlyList<DemoCategory> Categories { get; } =
    [
        new("apparel", "服装", "Apparel"),
        new("shoes", "鞋类", "Shoes"),
        new("beauty", "美妆", "Beauty"),
        new("home", "家居", "Home"),
        new("food", "食品", "Food"),
    ];

    public static IReadOnlyList<string> MemberLevels { get; } = ["regular", "silver", "gold"];

    public static DemoCity CityOf(DemoStore store) => Cities.First(c => c.NameEn == store.CityEn);

    public static DemoRegion RegionOf(DemoStore store) => Regions.First(r => r.Code == CityOf(store).RegionCode);

    /// <summary>Synonyms a user may type for the store: its short names, and "上海旗舰店" for a flagship.</summary>
    public static IReadOnlyList<string> StoreSynonyms(DemoStore store)
    {
        var synonyms = new List<string> { store.ShortZh, store.ShortEn + " store" };
        if (store.StoreType == "flagship")
        {
            synonyms.Add(CityOf(store).NameZh + "旗舰店");
            synonyms.Add(store.CityEn + " flagship");
        }
        return synonyms;
    }
}
