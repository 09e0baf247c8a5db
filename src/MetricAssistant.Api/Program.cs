using MetricAssistant.Api.Hosting;

var builder = ApiHost.CreateBuilder(args);
var app = builder.Build();
app.UseMetricAssistantApi();
app.Run();

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
