using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Rights;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Rights;

public enum RightsOutcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Stale,
}

public sealed record RightsResult(RightsOutcome Outcome, RightsView? View = null, Dictionary<string, string[]>? Errors = null);

/// <summary>
/// Reads and replaces a case's rights record. The holding agency reads and its case managers write; the
/// coordinator reads (no identifying data here). Deadlines follow by themselves: the rows are case facts.
/// </summary>
public sealed class RightsService(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, Deadlines.DeadlineRecomputer recomputer)
{
    public DateOnly Today => clock.Today();

    public static bool MayWrite(CurrentUser user) => user.IsSignedIn && user.Role == Role.CaseManager;

    public async Task<RightsView?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var reference = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        if (reference is null)
        {
            return null;
        }

        audit.Record(AuditEventType.RightsViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(caseId, reference, ct);
    }

    /// <param name="expectedVersion">The version read (0 before the first save): a concurrent change answers <see cref="RightsOutcome.Stale"/>.</param>
    public async Task<RightsResult> ReplaceAsync(Guid caseId, RightsInput input, int expectedVersion, CancellationToken ct)
    {
        var found = await db.Cases.VisibleTo(user).Where(c => c.Id == caseId)
            .Select(c => new { c.Reference, c.ExploitationForms, c.BirthYear, c.EstimatedAge, c.DetectedOn }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return new(RightsOutcome.NotFound);
        }

        if (!MayWrite(user))
        {
            return new(RightsOutcome.Forbidden);
        }

        // D12 and D13 of the legal review: APS and exit pathway for prostitution cases only, the L.425-1 card from 16.
        var offences = await db.CaseProceedings.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.OffencesCharged).FirstOrDefaultAsync(ct) ?? [];
        var context = new RightsCaseContext(
            RightsEligibility.ProstitutionExitRightsApply(found.ExploitationForms, offences), found.BirthYear, found.EstimatedAge, found.DetectedOn);
        var errors = RightsValidation.Validate(input, Today, context);
        if (errors.Count > 0)
        {
            return new(RightsOutcome.Invalid, Errors: errors);
        }

        var rights = await db.CaseRights.FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        if ((rights?.Version ?? 0) != expectedVersion)
        {
            return new(RightsOutcome.Stale);
        }

        if (rights is null)
        {
            rights = new CaseRights { CaseId = caseId };
            db.CaseRights.Add(rights);
        }

        rights.PrefectureReceiptOn = input.PrefectureReceiptOn;
        rights.PrefectureReceiptWithdrawnOn = input.PrefectureReceiptWithdrawnOn;
        rights.ReflectionDecisionOn = input.ReflectionDecisionOn;
        rights.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        rights.UpdatedBy = user.Id;
        // Touch the record even when only the rows change, so its version (the ETag) moves.
        db.Entry(rights).State = db.Entry(rights).State == EntityState.Added ? EntityState.Added : EntityState.Modified;

        db.ResidencePermits.RemoveRange(await db.ResidencePermits.Where(p => p.CaseId == caseId).ToListAsync(ct));
        db.ProvisionalAuthorisations.RemoveRange(await db.ProvisionalAuthorisations.Where(a => a.CaseId == caseId).ToListAsync(ct));
        db.ExitPathwayApplications.RemoveRange(await db.ExitPathwayApplications.Where(a => a.CaseId == caseId).ToListAsync(ct));
        db.ResidencePermits.AddRange((input.ResidencePermits ?? []).Select(p => new ResidencePermit
        {
            CaseId = caseId,
            Kind = p.Kind!.Value,
            IssuedOn = p.IssuedOn!.Value,
            ValidUntil = p.ValidUntil,
            RenewalRequestedOn = p.RenewalRequestedOn,
        }));
        db.ProvisionalAuthorisations.AddRange((input.ProvisionalAuthorisations ?? []).Select(a => new ProvisionalAuthorisation
        {
            CaseId = caseId,
            GrantedOn = a.GrantedOn!.Value,
            ValidUntil = a.ValidUntil,
            RenewalRequestedOn = a.RenewalRequestedOn,
        }));
        db.ExitPathwayApplications.AddRange((input.ExitPathwayApplications ?? []).Select(a => new ExitPathwayApplication
        {
            CaseId = caseId,
            AppliedOn = a.AppliedOn!.Value,
            DecidedOn = a.DecidedOn,
            Authorised = a.Authorised,
        }));

        audit.Record(AuditEventType.RightsUpdated, caseId,
            $"{found.Reference} permits={input.ResidencePermits?.Count ?? 0} aps={input.ProvisionalAuthorisations?.Count ?? 0} exitPathway={input.ExitPathwayApplications?.Count ?? 0}");
        await audit.CommitAsync(cancellationToken: ct);
        return new(RightsOutcome.Ok, await ViewAsync(caseId, found.Reference, ct));
    }

    private async Task<RightsView> ViewAsync(Guid caseId, string reference, CancellationToken ct)
    {
        var rights = await db.CaseRights.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        var permits = await db.ResidencePermits.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.IssuedOn)
            .Select(p => new ResidencePermitView(p.Kind, p.IssuedOn, p.ValidUntil, p.RenewalRequestedOn)).ToListAsync(ct);
        var aps = await db.ProvisionalAuthorisations.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.GrantedOn)
            .Select(a => new ProvisionalAuthorisationView(a.GrantedOn, a.ValidUntil, a.RenewalRequestedOn)).ToListAsync(ct);
        var exits = await db.ExitPathwayApplications.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.AppliedOn)
            .Select(a => new ExitPathwayApplicationView(a.AppliedOn, a.DecidedOn, a.Authorised)).ToListAsync(ct);
        var reflection = await db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId && d.Rule == DeadlineRule.ReflectionPeriod).ToListAsync(ct);
        var protectedUntil = DeadlineEngine.ProtectedFromRemovalUntil(reflection.Select(d => d.ToDomain()), Today);
        var facts = await recomputer.FactsAsync(caseId, ct);
        var status = facts is null ? ReflectionPeriodStatus.ToRequest : DeadlineEngine.ReflectionStatus(facts, Today);

        // Only the receipt bars removal (R.425-2): the page never says "protected" while the status says otherwise.
        if (status != ReflectionPeriodStatus.Running)
        {
            protectedUntil = null;
        }

        // CESEDA L.425-3: the final conviction of the accused opens the ten-year resident card to a foreign victim.
        var residentCardSince = facts is { IsForeignNational: true, Convicted: true } && permits.All(p => p.Kind != PermitKind.ResidentCard)
            ? facts.FinalCriminalDecisionOn
            : null;
        return new RightsView(caseId, reference, rights?.PrefectureReceiptOn, rights?.ReflectionDecisionOn, permits, aps, exits, protectedUntil,
            rights?.Version ?? 0, rights?.PrefectureReceiptWithdrawnOn, status, residentCardSince);
    }
}
