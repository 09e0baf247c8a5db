using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Infrastructure.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    public const string DefaultSqlitePath = "data/feedback.db";

    /// <summary>
    /// Registers <see cref="PostgresFeedbackStore"/> on the <see cref="SharedStore"/> when <c>ConnectionStrings:Shared</c> is set,
    /// else <see cref="SqliteFeedbackStore"/> on <c>Feedback:SqlitePath</c> (default <c>data/feedback.db</c>, relative to the repository root).
    /// </summary>
    public static IServiceCollection AddFeedbackStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSharedStore(configuration);
        services.AddSingleton<IFeedbackStore>(sp =>
        {
            var shared = sp.GetRequiredService<SharedStore>();
            if (shared.Configured) return new PostgresFeedbackStore(shared);
            var configured = configuration["Feedback:SqlitePath"];
            var path = string.IsNullOrWhiteSpace(configured) ? DefaultSqlitePath : configured;
            var root = sp.GetService<RepositoryRoot>() ?? RepositoryRoot.Locate();
            return new SqliteFeedbackStore(root.Resolve(path));
        });
        return services;
    }
}
