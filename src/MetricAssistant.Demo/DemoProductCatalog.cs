namespace MetricAssistant.Demo;

/// <summary>
/// The ~1000 products, the same for every seed and scale: names from adjective × noun per category, shelf prices
/// around a noun's base price, costs by category margin, and popularity (Zipf, cheaper selling more).
/// </summary>
internal static class DemoProductCatalog
{
    private static readonly string[][] Adjectives =
    [
        ["纯棉", "法式", "简约", "复古", "休闲", "商务", "修身", "宽松", "基础款", "都市"],
        ["轻量", "经典", "复古", "缓震", "真皮", "透气", "厚底", "百搭", "防滑", "都市"],
        ["玻尿酸", "烟酰胺", "水润", "焕亮", "修护", "清透", "持妆", "舒缓", "紧致", "臻养"],
        ["北欧", "日式", "简约", "轻奢", "纯棉", "加厚", "抗菌", "大容量", "原木", "家用"],
        ["有机", "低糖", "原味", "进口", "手工", "即食", "精选", "家庭装", "高蛋白", "零添加"],
    ];

    private static readonly (string Noun, int Price)[][] Nouns =
    [
        [("圆领T恤", 99), ("牛津纺衬衫", 199), ("连衣裙", 299), ("直筒牛仔裤", 259), ("连帽卫衣", 239), ("轻薄羽绒服", 599), ("风衣", 699),
         ("针织开衫", 299), ("西装外套", 799), ("半身裙", 199), ("运动长裤", 179), ("羊毛大衣", 1299), ("休闲短裤", 129), ("Polo衫", 159),
         ("夹克", 459), ("打底衫", 79), ("阔腿裤", 199), ("马甲", 229), ("冲锋衣", 899), ("家居服", 169)],
        [("跑步鞋", 499), ("板鞋", 359), ("帆布鞋", 199), ("乐福鞋", 599), ("切尔西靴", 799), ("马丁靴", 699), ("小白鞋", 399),
         ("老爹鞋", 459), ("高跟鞋", 499), ("凉鞋", 259), ("拖鞋", 79), ("徒步鞋", 659), ("篮球鞋", 699), ("雪地靴", 399),
         ("单鞋", 329), ("德比鞋", 659), ("玛丽珍鞋", 399), ("洞洞鞋", 159), ("网面运动鞋", 299), ("短靴", 559)],
        [("精华液", 459), ("面霜", 399), ("爽肤水", 199), ("乳液", 229), ("洁面乳", 99), ("面膜", 129), ("眼霜", 359),
         ("防晒霜", 169), ("口红", 259), ("粉底液", 329), ("气垫", 289), ("眼影盘", 359), ("卸妆油", 159), ("身体乳", 119),
         ("护手霜", 59), ("香水", 699), ("睫毛膏", 169), ("散粉", 219), ("唇釉", 229), ("精华油", 399)],
        [("四件套", 399), ("羽绒被", 899), ("乳胶枕", 259), ("浴巾", 89), ("毛巾", 39), ("收纳箱", 69), ("香薰蜡烛", 129),
         ("台灯", 199), ("地毯", 359), ("抱枕", 79), ("保温杯", 139), ("不粘锅", 259), ("陶瓷餐具套装", 329), ("玻璃杯", 49),
         ("置物架", 159), ("窗帘", 299), ("凉席", 199), ("懒人沙发", 599), ("床垫", 2499), ("刀具套装", 359)],
        [("坚果礼盒", 129), ("每日坚果", 89), ("牛肉干", 59), ("黑巧克力", 45), ("曲奇饼干", 39), ("挂耳咖啡", 69), ("绿茶", 99),
         ("红茶", 119), ("燕麦片", 35), ("蜂蜜", 79), ("果干", 29), ("辣条", 15), ("海苔", 25), ("麦片", 45),
         ("火锅底料", 29), ("自热米饭", 39), ("月饼礼盒", 199), ("粽子礼盒", 159), ("牛奶", 65), ("矿泉水", 35)],
    ];

    private static readonly (double Low, double High)[] CostRatio = [(0.30, 0.45), (0.35, 0.50), (0.20, 0.35), (0.35, 0.55), (0.45, 0.62)];

    /// <summary>Fills the world's product arrays.</summary>
    public static void Fill(DemoWorld world)
    {
        var rng = DemoRandom.ForStream(0, 21);
        for (var c = 0; c < DemoWorld.CategoryCount; c++)
        {
            var combos = new List<(string Name, int Price)>(DemoWorld.ProductsPerCategory);
            foreach (var (noun, price) in Nouns[c])
                foreach (var adjective in Adjectives[c])
                    combos.Add((adjective + noun, price));
            // shuffle (Fisher–Yates) so product ids do not follow the name order
            for (var i = combos.Count - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (combos[i], combos[j]) = (combos[j], combos[i]);
            }
            for (var i = 0; i < DemoWorld.ProductsPerCategory; i++)
            {
                var p = c * DemoWorld.ProductsPerCategory + i;
                world.ProductName[p] = combos[i].Name;
                world.ProductCategory[p] = (byte)c;
                var list = PrettyPrice(combos[i].Price * rng.LogNormal(1.0, 0.25));
                world.ProductListCents[p] = list;
                var ratio = rng.NextDouble(CostRatio[c].Low, CostRatio[c].High);
                world.ProductCostCents[p] = Math.Max(1, (long)Math.Round(list * ratio));
            }
            // popularity: Zipf over a random order of the category's products, cheaper products selling more
            var order = Enumerable.Range(c * DemoWorld.ProductsPerCategory + 1, DemoWorld.ProductsPerCategory).ToArray();
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            world.CategoryProducts[c] = order;
            var prices = order.Select(id => (double)world.ProductListCents[id - 1]).Order().ToArray();
            var median = prices[prices.Length / 2];
            var cumulative = new double[DemoWorld.ProductsPerCategory];
            var sum = 0.0;
            for (var i = 0; i < DemoWorld.ProductsPerCategory; i++)
            {
                sum += 1.0 / Math.Pow(i + 3, 0.9) * (median / world.ProductListCents[order[i] - 1]);
                cumulative[i] = sum;
            }
            world.CategoryProductCumulative[c] = cumulative;
        }
    }

    /// <summary>A shelf price in cents: 199.00, 89.00, 12.90 …</summary>
    private static long PrettyPrice(double yuan)
    {
        if (yuan >= 20)
        {
            var whole = (long)Math.Ceiling(yuan / 10.0) * 10 - 1;
            return whole * 100;
        }
        return Math.Max(190, (long)Math.Round(yuan) * 100 - 10);
    }
}
