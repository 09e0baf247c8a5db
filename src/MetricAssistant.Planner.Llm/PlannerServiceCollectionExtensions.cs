using MetricAssistant.Application.Asking;
using MetricAssistant.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace MetricAssistant.Planner.Llm;

public static class PlannerServiceCollectionExtensions
{
    /// <summary>
    /// The question planner of <c>Planner:Kind</c>: the offline rules, or a chat model through Semantic Kernel. Replaces
    /// the rules-only planner that <c>AddMetricAssistant</c> registers; without this call <c>Planner</c> is not read.
    /// </summary>
    public static IServiceCollection AddLlmPlanner(this IServiceCollection services, IConfiguration configuration, RepositoryRoot root)
    {
        services.AddOptions<PlannerOptions>().Bind(configuration.GetSection(PlannerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<RulesQuestionPlanner>();
        services.Replace(ServiceDescriptor.Singleton<IQuestionPlanner>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PlannerOptions>>().Value;
            if (options.Kind != "llm") return sp.GetRequiredService<RulesQuestionPlanner>();
            return new LlmQuestionPlanner(
                ChatService(options), PlannerPrompt.Load(root.Resolve(options.PromptDirectory)), sp.GetRequiredService<RulesQuestionPlanner>(),
                sp.GetRequiredService<Understanding.Retrieval.IMetricRetriever>(), options, sp.GetRequiredService<ILogger<LlmQuestionPlanner>>());
        }));
        return services;
    }

    private static IChatCompletionService ChatService(PlannerOptions options)
    {
        var builder = Kernel.CreateBuilder();
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds + 5) };
        if (options.Provider == "azure-openai")
            builder.AddAzureOpenAIChatCompletion(options.Model!, options.Endpoint!, options.ApiKey!, httpClient: http);
        else if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            // The endpoint overload is marked experimental in Semantic Kernel 1.x; it is how OpenAI-compatible servers are reached.
#pragma warning disable SKEXP0010
            builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint), string.IsNullOrWhiteSpace(options.ApiKey) ? "unused" : options.ApiKey, httpClient: http);
#pragma warning restore SKEXP0010
        }
        else
            builder.AddOpenAIChatCompletion(options.Model!, options.ApiKey!, httpClient: http);
        return builder.Build().GetRequiredService<IChatCompletionService>();
    }
}
