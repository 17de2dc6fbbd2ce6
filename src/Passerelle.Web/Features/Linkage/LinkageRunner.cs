using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Clustering;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// Runs the linkage engine over every case: decrypts identities in memory, passes the coordinator's decisions
/// back (accepted pairs always one person, rejected or unlinked never), stores the pairs to review and the
/// links found, and gives each case the key of its person — the key most of its cases already had.
/// </summary>
public sealed class LinkageRunner(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, TimeProvider clock, LinkageGate gate,
    IConfiguration configuration, IncrementalLinkageIndex incrementalIndex, Platform.Jobs.JobLeases leases, ILogger<LinkageRunner> logger)
{
    /// <summary>The cross-server mutex of linkage runs (<see cref="Platform.Jobs.JobLeases.ExclusiveAsync"/>).</summary>
    public const string Job = "linkage";

    /// <summary>Saves tried at most this many times when they meet a concurrent write (<see cref="SaveAsync"/>).</summary>
    private const int MaxAttempts = 5;

    private const int ReKeyChunk = 1000;

    /// <summary>
    /// One run at a time: in this process (the gate, shared with incremental linkage) and across servers (a job
    /// mutex in the database), or two runs would store the same pairs twice.
    /// </summary>
    public Task<LinkageRun> RunAsync(LinkageTrigger trigger, CancellationToken ct) => ExclusiveAsync(token => MeasuredRunAsync(trigger, token), ct);

    /// <summary>
    /// A coordinator's decision on a pair, then the run it triggers, under the same lock as a run: otherwise a run
    /// in progress, which read the pairs before the decision, could remove the pair under it (the decision's update
    /// then finds no row: a 500) or store it back as pending (the decision lost). <paramref name="decide"/> answers
    /// whether something was decided; only then does the run follow.
    /// </summary>
    public Task<T> DecideAsync<T>(Func<CancellationToken, Task<T>> decide, Func<T, bool> decided, CancellationToken ct) =>
        ExclusiveAsync(async token =>
        {
            var outcome = await decide(token);
            if (decided(outcome))
            {
                await MeasuredRunAsync(LinkageTrigger.Decision, token);
            }

            return outcome;
        }, ct);

    private async Task<T> ExclusiveAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await gate.Semaphore.WaitAsync(ct);
        try
        {
            return await leases.ExclusiveAsync(Job, work, ct);
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private async Task<LinkageRun> MeasuredRunAsync(LinkageTrigger trigger, CancellationToken ct)
    {
        using var activity = Platform.Jobs.JobTelemetry.Source.StartActivity("linkage run");
        activity?.SetTag("passerelle.linkage.trigger", ApiEnum.Name(trigger));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var run = await RunLockedAsync(trigger, ct);
        var tag = new KeyValuePair<string, object?>("trigger", ApiEnum.Name(trigger));
        Platform.Jobs.JobTelemetry.LinkageDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        Platform.Jobs.JobTelemetry.LinkageCases.Add(run.Cases, tag);
        activity?.SetTag("passerelle.linkage.cases", run.Cases);
        return run;
    }

    private async Task<LinkageRun> RunLockedAsync(LinkageTrigger trigger, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        // An erased case (end of its retention) has no identity left and takes no write: it is never linked.
        var cases = await db.Cases.AsNoTracking().Where(c => c.ErasedAt == null).OrderBy(c => c.Id).ToListAsync(ct);
        var pairs = await db.Set<LinkagePair>().AsNoTracking().ToListAsync(ct);
        var records = cases.Select(c => CaseRecords.From(c, protector.Unprotect(c.ProtectedIdentity))).ToList();
        var runId = Guid.CreateVersion7();

        int candidates = 0, matches = 0, reviews = 0;
        double matchThreshold = 0, reviewThreshold = 0;
        IReadOnlyList<Person> persons;
        Dictionary<(Guid, Guid), FoundPair>? found = null;
        if (records.Count < 2)
        {
            persons = [.. cases.Select(c => new Person(PersonKeys.Prefix + c.PersonKey, [c.Id.ToString()]))];
        }
        else
        {
            var result = new LinkageEngine(Options()).Run(new LinkageRequest(records)
            {
                AcceptedPairs = [.. pairs.Where(p => p.Status == LinkagePairStatus.Accepted).Select(AsRecordPair)],
                RejectedPairs = [.. pairs.Where(p => p.KeepsApart).Select(AsRecordPair)],
                PreviousPersonKeys = cases.ToDictionary(c => c.Id.ToString(), c => PersonKeys.Prefix + c.PersonKey),
            });
            candidates = result.Blocking.Pairs.Count;
            matches = result.Pairs.Count(p => p.Decision == Domain.Linkage.Scoring.MatchDecision.Match);
            reviews = result.Pairs.Count(p => p.Decision == Domain.Linkage.Scoring.MatchDecision.Review);
            persons = result.Persons;
            (matchThreshold, reviewThreshold) = (result.Thresholds.Match, result.Thresholds.Review);
            found = FoundPairs(result);
        }

        var byId = cases.ToDictionary(c => c.Id);
        var rekeyed = new Dictionary<Guid, Guid>();
        foreach (var person in persons)
        {
            var key = StoredKey(person.PersonKey);
            foreach (var id in person.RecordIds.Select(Guid.Parse).Where(id => byId[id].PersonKey != key))
            {
                rekeyed[id] = key;
            }
        }

        // The next incremental link rebuilds its index with this run's population as the reference.
        incrementalIndex.Linker = null;
        var run = LinkageRun.Record(trigger, user.IsSignedIn ? user.Id : null, startedAt, clock.GetUtcNow().UtcDateTime,
            cases.Count, candidates, matches, reviews, persons.Count, matchThreshold, reviewThreshold);
        audit.Record(AuditEventType.LinkageRunCompleted,
            details: $"trigger={ApiEnum.Name(trigger)} cases={run.Cases} matches={run.Matches} review={run.ReviewPairs} persons={run.Persons}");
        await SaveAsync(run, found, byId, rekeyed, runId, ct);
        return run;
    }

    /// <summary>
    /// Saves the run, its pairs and each re-keyed case's new person key, in one transaction. The run read the cases
    /// long before (its computation takes seconds on a large population) and their agencies may have edited them
    /// since, so the cases to re-key are read again inside the transaction, locked first on PostgreSQL (on SQLite the
    /// one writer's lock does it): an edit in flight finishes before, none comes between. A save that still meets a
    /// concurrent write (a deadlock, a statistics row another save wrote first) is rolled back and done again from a
    /// clean slate: a save failing half-way leaves the entities it had written marked as saved, so retrying it as it
    /// was would commit the run without them.
    /// </summary>
    private async Task SaveAsync(LinkageRun run, Dictionary<(Guid, Guid), FoundPair>? found, Dictionary<Guid, Case> cases,
        Dictionary<Guid, Guid> rekeyed, Guid runId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await audit.CommitAsync(async token =>
                {
                    if (found is not null)
                    {
                        await StorePairsAsync(found, cases, runId, token);
                    }

                    db.Add(run);
                    await AssignPersonsAsync(rekeyed, token);
                }, ct);
                return;
            }
            catch (Exception conflict) when (attempt < MaxAttempts && DatabaseConflicts.IsConflict(conflict))
            {
                logger.LogInformation(conflict, "Linkage run {Run}: its save met a concurrent write and is done again (attempt {Attempt})", runId, attempt + 1);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// A case's person key from the engine's: "P-" and a case id, or, for a person whose anchor's key was used before
    /// (a split), "P-" + id + "~n", which is no id: such a person gets a key never used (a new id), kept by later runs
    /// as any key is. Parsing "~n" failed the run with a 500.
    /// </summary>
    internal static Guid StoredKey(string engineKey) =>
        Guid.TryParse(engineKey.AsSpan(PersonKeys.Prefix.Length), out var id) ? id : Guid.CreateVersion7();

    /// <summary>The cases to re-key as stored now (an erased one is left alone), each given its person's key.</summary>
    private async Task AssignPersonsAsync(Dictionary<Guid, Guid> rekeyed, CancellationToken ct)
    {
        foreach (var chunk in rekeyed.Keys.Order().Chunk(ReKeyChunk))
        {
            if (db.IsPostgres)
            {
                // In the order of their ids, as every writer of several cases at once locks them: no deadlock.
                await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Cases" WHERE "Id" = ANY({chunk}) ORDER BY "Id" FOR UPDATE""", ct);
            }

            foreach (var @case in await db.Cases.Where(c => chunk.Contains(c.Id) && c.ErasedAt == null).ToListAsync(ct))
            {
                @case.AssignPerson(rekeyed[@case.Id]);
            }
        }
    }

    private readonly record struct FoundPair(LinkagePairStatus Status, double Weight, string Explanation);

    /// <summary>The pairs this run sends to review or links, with their weight and explanation, by ordered case ids.</summary>
    private static Dictionary<(Guid, Guid), FoundPair> FoundPairs(LinkageResult result)
    {
        var found = new Dictionary<(Guid, Guid), FoundPair>();
        var explained = result.Pairs.ToDictionary(p => Key(p.LeftId, p.RightId), p => Explain(p.Explanation));
        foreach (var pair in result.Pairs.Where(p => p.Decision == Domain.Linkage.Scoring.MatchDecision.Review))
        {
            found[Key(pair.LeftId, pair.RightId)] = new(LinkagePairStatus.Pending, pair.Weight, explained[Key(pair.LeftId, pair.RightId)]);
        }

        foreach (var link in result.LinkedPairs)
        {
            var key = Key(link.LeftId, link.RightId);
            found[key] = new(LinkagePairStatus.Linked, link.Weight, explained.GetValueOrDefault(key, "[]"));
        }

        return found;
    }

    /// <summary>
    /// Replaces the undecided pairs by those found; a decided pair (accepted, rejected, unlinked) is only updated.
    /// Decisions are taken under the runs' lock, so the pairs read here are those the run started from.
    /// </summary>
    private async Task StorePairsAsync(Dictionary<(Guid, Guid), FoundPair> found, Dictionary<Guid, Case> cases, Guid runId, CancellationToken ct)
    {
        var stored = await db.Set<LinkagePair>().ToListAsync(ct);
        var existing = stored.ToDictionary(p => (p.LeftCaseId, p.RightCaseId));
        foreach (var pair in stored.Where(p => !p.IsDecided && !found.ContainsKey((p.LeftCaseId, p.RightCaseId))))
        {
            db.Remove(pair);
        }

        foreach (var (key, value) in found)
        {
            if (!existing.TryGetValue(key, out var pair))
            {
                pair = LinkagePair.Found(key.Item1, key.Item2, cases[key.Item1].AgencyId != cases[key.Item2].AgencyId);
                db.Add(pair);
            }

            pair.Update(value.Status, Math.Round(value.Weight, 2), value.Explanation, runId);
        }
    }

    /// <summary>
    /// <c>Linkage:MatchProbability</c> and <c>Linkage:ReviewProbability</c>: the posterior match probabilities
    /// from which a pair is linked or sent to review (defaults 0.5 and 0.05, see docs/linkage.md).
    /// </summary>
    private LinkageOptions Options() => OptionsFrom(configuration);

    public static LinkageOptions OptionsFrom(IConfiguration configuration)
    {
        var defaults = new LinkageOptions { Mode = LinkageMode.Deduplicate };
        return defaults with
        {
            MatchProbability = Probability(configuration, "Linkage:MatchProbability", defaults.MatchProbability),
            ReviewProbability = Probability(configuration, "Linkage:ReviewProbability", defaults.ReviewProbability),
        };
    }

    private static double Probability(IConfiguration configuration, string key, double fallback) =>
        double.TryParse(configuration[key], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and < 1
            ? p
            : fallback;

    private static (Guid, Guid) Key(string a, string b) => LinkagePair.Order(Guid.Parse(a), Guid.Parse(b));

    private static RecordPair AsRecordPair(LinkagePair pair) => new(pair.LeftCaseId.ToString(), pair.RightCaseId.ToString());

    internal static string Explain(IReadOnlyList<Domain.Linkage.Scoring.FieldWeight> weights) =>
        JsonSerializer.Serialize(weights.Select(w => new FieldWeightView(
            Domain.Texts.KebabCase.Of(w.Field), w.Level, Math.Round(w.Weight, 2))), PairJson.Options);
}

internal static class PairJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
