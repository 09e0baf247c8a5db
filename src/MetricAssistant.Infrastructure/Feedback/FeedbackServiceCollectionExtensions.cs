using MetricAssistant.Application.Feedback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Infrastructure.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    public const string DefaultSqlitePath = "data/feedback.db";

    /// <summary>Registers <see cref="SqliteFeedbackStore"/> on <c>Feedback:SqlitePath</c> (default <c>data/feedback.db</c>, relative to the repository root).</summary>
    public static IServiceCollection AddFeedbackStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IFeedbackStore>(sp =>
        {
            var configured = configuration["Feedback:SqlitePath"];
            var path = string.IsNullOrWhiteSpace(configured) ? DefaultSqlitePath : configured;
            var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
            return new SqliteFeedbackStore(root.Resolve(path));
        });
        return services;
    }
}
