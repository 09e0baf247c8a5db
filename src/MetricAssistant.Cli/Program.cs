using MetricAssistant.Cli.Commands;

return await CliApp.Build().Parse(args).InvokeAsync();
