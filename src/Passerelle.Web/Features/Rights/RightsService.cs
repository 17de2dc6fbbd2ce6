using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Rights;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// Reads and replaces a case's rights record (<see cref="CaseFileRecordService{TRecord, TInput, TView}"/>: the
/// holding agency reads and its case managers write; the coordinator reads). Deadlines follow by themselves: the
/// rows are case facts.
/// </summary>
public sealed class RightsService(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, Deadlines.DeadlineRecomputer recomputer)
    : CaseFileRecordService<CaseRights, RightsInput, RightsView>(db, user, audit, clock)
{
    protected override CaseFileRecordKind Kind { get; } = new("rights", AuditEventType.RightsViewed, AuditEventType.RightsUpdated,
        ProblemTexts.RightsForbidden, ProblemTexts.RightsStale);

    /// <summary>D12 and D13 of the legal review: APS and exit pathway for prostitution cases only, the L.425-1 card from 16.</summary>
    protected override async Task<Dictionary<string, string[]>> ValidateAsync(Guid caseId, RightsInput input, DateOnly today, CancellationToken ct)
    {
        var found = await Db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.ExploitationForms, c.BirthYear, c.EstimatedAge, c.DetectedOn }).FirstAsync(ct);
        var offences = await Db.CaseProceedings.AsNoTracking().Where(p => p.CaseId == caseId).Select(p => p.OffencesCharged).FirstOrDefaultAsync(ct) ?? [];
        var context = new RightsCaseContext(
            RightsEligibility.ProstitutionExitRightsApply(found.ExploitationForms, offences), found.BirthYear, found.EstimatedAge, found.DetectedOn);
        return RightsValidation.Validate(input, today, context);
    }

    protected override async Task<string> ApplyAsync(Guid caseId, CaseRights rights, RightsInput input, CancellationToken ct)
    {
        rights.PrefectureReceiptOn = input.PrefectureReceiptOn;
        rights.PrefectureReceiptWithdrawnOn = input.PrefectureReceiptWithdrawnOn;
        rights.ReflectionDecisionOn = input.ReflectionDecisionOn;
        await ReplaceRowsAsync(caseId, (input.ResidencePermits ?? []).Select(p => new ResidencePermit
        {
            CaseId = caseId,
            Kind = p.Kind!.Value,
            IssuedOn = p.IssuedOn!.Value,
            ValidUntil = p.ValidUntil,
            RenewalRequestedOn = p.RenewalRequestedOn,
            MinorDeclaration = p.MinorDeclaration,
        }), ct);
        await ReplaceRowsAsync(caseId, (input.ProvisionalAuthorisations ?? []).Select(a => new ProvisionalAuthorisation
        {
            CaseId = caseId,
            GrantedOn = a.GrantedOn!.Value,
            ValidUntil = a.ValidUntil,
            RenewalRequestedOn = a.RenewalRequestedOn,
        }), ct);
        await ReplaceRowsAsync(caseId, (input.ExitPathwayApplications ?? []).Select(a => new ExitPathwayApplication
        {
            CaseId = caseId,
            AppliedOn = a.AppliedOn!.Value,
            DecidedOn = a.DecidedOn,
            Authorised = a.Authorised,
        }), ct);
        return $"permits={input.ResidencePermits?.Count ?? 0} aps={input.ProvisionalAuthorisations?.Count ?? 0} exitPathway={input.ExitPathwayApplications?.Count ?? 0}";
    }

    protected override async Task<RightsView> ViewAsync(Guid caseId, string reference, CancellationToken ct)
    {
        var rights = await Db.CaseRights.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        var permits = await Db.ResidencePermits.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.IssuedOn)
            .Select(p => new ResidencePermitView(p.Kind, p.IssuedOn, p.ValidUntil, p.RenewalRequestedOn, p.MinorDeclaration)).ToListAsync(ct);
        var aps = await Db.ProvisionalAuthorisations.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.GrantedOn)
            .Select(a => new ProvisionalAuthorisationView(a.GrantedOn, a.ValidUntil, a.RenewalRequestedOn)).ToListAsync(ct);
        var exits = await Db.ExitPathwayApplications.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.AppliedOn)
            .Select(a => new ExitPathwayApplicationView(a.AppliedOn, a.DecidedOn, a.Authorised)).ToListAsync(ct);
        var reflection = await Db.CaseDeadlines.AsNoTracking().Where(d => d.CaseId == caseId && d.Rule == DeadlineRule.ReflectionPeriod).ToListAsync(ct);
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
