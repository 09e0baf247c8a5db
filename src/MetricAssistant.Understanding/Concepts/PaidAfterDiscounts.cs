namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "扣掉优惠券之后顾客实际付的钱", "what customers actually paid after vouchers": money said to be paid is already what is left
/// after discounts (the paid amount is net of coupons), so a discount-taken-off phrase beside it describes that amount and adds no
/// concept. The net amount of orders (paid or not) is meant only when the amount is the order's minus discounts, paying unsaid.
/// </summary>
public static class PaidAfterDiscounts
{
    private const string Paid = "paid", Net = "net", Money = "money";

    /// <summary>
    /// Reads (consumes) every phrase that says only "net" (or a net amount: "after coupons" is money too) when another phrase,
    /// not ruled out, says money was paid.
    /// </summary>
    public static void Apply(List<ConceptMention> mentions)
    {
        if (!mentions.Any(m => !m.Negated && m.Concepts.Contains(Paid) && !m.Concepts.Contains(Net))) return;
        for (var k = 0; k < mentions.Count; k++)
            if (!mentions[k].Negated && mentions[k].Concepts is [Net] or [Net, Money] or [Money, Net]) mentions[k] = mentions[k] with { Concepts = [] };
    }
}
