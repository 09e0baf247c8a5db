using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using MetricAssistant.Application.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>The Teams turn queue's depth is a gauge: a turn whose reply is held back counts until it is sent.</summary>
public sealed class TurnQueueDepthTests
{
    [Fact]
    public async Task A_turn_counts_in_the_queue_depth_until_its_reply_is_sent()
    {
        using var service = new BotApiFactory(acknowledgeWithinMs: 100);
        var http = service.CreateClient();
        var telemetry = service.Services.GetRequiredService<AnswerTelemetry>();
        int? depth = null;
        using var listener = new MeterListener();
        // Only this service's meter: every host in the test process has one of the same name.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, telemetry.Meter) && instrument.Name == "metricassistant.teams.pending_turns") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => depth = value);
        listener.Start();
        service.Connector.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var activity = Activities.Message("上个月的GMV");
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        listener.RecordObservableInstruments();
        Assert.Equal(1, depth);

        service.Connector.Gate.SetResult();
        await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        // The runner leaves the queue just after the reply is handed over: look again until it has (bounded).
        for (var i = 0; i < 100 && depth != 0; i++)
        {
            await Task.Delay(50);
            listener.RecordObservableInstruments();
        }
        Assert.Equal(0, depth);
    }
}
