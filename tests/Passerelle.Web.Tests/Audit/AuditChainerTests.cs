using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Platform.Jobs;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Audit;

/// <summary>
/// The chaining rounds run on a task of their own (docs/ARCHITECTURE.md "The read's tail"): before, the caller that
/// found the round lock free ran the round on its own request, so the round's statements were part of that one
/// request's trace while they served every caller waiting.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuditChainerTests(PasserelleApp app)
{
    [Fact]
    public async Task ARound_IsNoPartOfACallersTrace_AndLinksEveryCallerItServed()
    {
        var rounds = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == JobTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == JobTelemetry.Name && activity.DisplayName == "audit chaining round")
                {
                    rounds.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var chainer = app.Services.GetRequiredService<AuditChainer>();

        var callers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            using var caller = new Activity("a read").Start();
            var draft = new AuditDraft(AuditChain.Normalise(DateTime.UtcNow), AuditEventType.CaseViewed, null, null, null, null, null, $"chainer test {i}");
            await chainer.AppendAsync([draft], CancellationToken.None);
            return caller.Context;
        })));

        var ours = rounds.Where(round => round.Links.Any(link => callers.Contains(link.Context))).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, round => Assert.Equal(default, round.ParentSpanId));
        Assert.All(callers, caller => Assert.Single(ours, round => round.Links.Any(link => link.Context == caller)));
    }
}
