using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// The blocking index of every case's identity, in this process's memory only (decrypted identities are never
/// stored in clear), built on first use from the database with a reference run's parameters.
/// </summary>
public sealed class IncrementalLinkageIndex
{
    public IncrementalLinker? Linker { get; set; }
}

/// <summary>
/// Links a case at once when it is created or its identity edited: compared with every case it shares a block
/// with, linked (it takes the person key of its strongest match) or queued for review in the same request,
/// without a full run. The nightly or on-demand full run re-estimates the parameters and settles the clusters.
/// </summary>
public sealed class IncrementalLinkage(
    PasserelleDbContext db, CaseIdentityProtector protector, LinkageGate gate, IncrementalLinkageIndex index, IConfiguration configuration)
{
    public async Task LinkCaseAsync(Guid caseId, CancellationToken ct)
    {
        // Off by default until its precision holds on realistic populations (docs/linkage.md): records without any
        // name still link on a shared phone, and a shared phone is common among victims of one network.
        if (!configuration.GetValue("Linkage:AtOnce", false))
        {
            return;
        }

        await gate.Semaphore.WaitAsync(ct);
        try
        {
            await LinkLockedAsync(caseId, ct);
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private async Task LinkLockedAsync(Guid caseId, CancellationToken ct)
    {
        if (index.Linker is null)
        {
            // An erased case (end of its retention) has no identity left and takes no write: it is never linked.
            var cases = await db.Cases.AsNoTracking().Where(c => c.ErasedAt == null).OrderBy(c => c.Id).ToListAsync(ct);
            if (cases.Count < 2)
            {
                return;
            }

            var records = cases.Select(c => CaseRecords.From(c, protector.Unprotect(c.ProtectedIdentity))).ToList();
            index.Linker = IncrementalLinker.Build(records, LinkageRunner.OptionsFrom(configuration));
        }

        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null)
        {
            return;
        }

        var matches = index.Linker.Link(CaseRecords.From(@case, protector.Unprotect(@case.ProtectedIdentity)));
        if (matches.Count == 0)
        {
            return;
        }

        var others = matches.Select(m => Guid.Parse(m.Id)).ToList();
        var otherCases = await db.Cases.Where(c => others.Contains(c.Id) && c.ErasedAt == null).ToDictionaryAsync(c => c.Id, ct);
        var stored = await db.Set<LinkagePair>()
            .Where(p => (p.LeftCaseId == caseId && others.Contains(p.RightCaseId)) || (p.RightCaseId == caseId && others.Contains(p.LeftCaseId)))
            .ToDictionaryAsync(p => (p.LeftCaseId, p.RightCaseId), ct);
        var runId = Guid.CreateVersion7();
        var joined = false;
        foreach (var match in matches)
        {
            var otherId = Guid.Parse(match.Id);
            if (!otherCases.TryGetValue(otherId, out var other))
            {
                continue;
            }

            var key = LinkagePair.Order(caseId, otherId);
            if (!stored.TryGetValue(key, out var pair))
            {
                pair = LinkagePair.Found(key.Left, key.Right, other.AgencyId != @case.AgencyId);
                db.Add(pair);
            }
            else if (pair.KeepsApart)
            {
                continue;
            }

            var status = match.Decision == MatchDecision.Match ? LinkagePairStatus.Linked : LinkagePairStatus.Pending;
            pair.Update(status, Math.Round(match.Weight, 2), LinkageRunner.Explain(match.Explanation), runId);
            if (status == LinkagePairStatus.Linked && !joined)
            {
                joined = true;
                if (@case.PersonKey != other.PersonKey)
                {
                    @case.AssignPerson(other.PersonKey);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
