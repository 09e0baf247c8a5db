using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Infrastructure.Conversations;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Parsing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace MetricAssistant.Infrastructure.Tests.Shared;

public sealed class InMemoryConversationStoreContractTests : ConversationStoreContractTests
{
    private InMemoryConversationStore? store;

    protected override void SkipIfUnavailable() { }

    protected override IConversationStore Open(IOptions<ConversationOptions> settings) => store ??= new InMemoryConversationStore(settings, Clock);
}
