namespace MetricAssistant.Bot.Tests;

public sealed class BotAssemblyTests
{
    [Fact]
    public void Bot_assembly_is_named_for_the_product() =>
        Assert.Equal("MetricAssistant.Bot", typeof(BotAssembly).Assembly.GetName().Name);
}
