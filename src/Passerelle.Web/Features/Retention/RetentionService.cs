using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Domain;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Proceedings;
using Passerelle.Domain.Retention;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Retention;

/// <summary>
/// Closure of a case (DOMAIN.md step 8) and erasure once its retention periods have run out
/// (<see cref="RetentionSchedule"/>, docs/retention.md). Closing is the holding agency's (case managers and
/// screeners who may update the case); the schedule and erasure are the administrator's. Every step is audited.
/// Erasure removes the case's identifying fields and its whole file, keeps the case's reference, closure and
/// statistical rows (the counts do not change), and unlinks Focal Point enquiries; afterwards nothing can be
/// written to the case (<see cref="CaseFactsChanged"/> refuses it).
/// </summary>
public sealed class RetentionService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CaseAge caseAge,
    CaseIdentityProtector protector, DeadlineRecomputer deadlines, IOptions<RetentionSettings> settings)
{
    /// <summary>What an erased case shows instead of its pseudonym.</summary>
    public const string ErasedPseudonym = "—";

    private RetentionSettings Settings => settings.Value;

    /// <summary>Every entity erased with a case: each entity of the model that refers to a case is here (a test checks it).</summary>
    public static IReadOnlyList<Type> ErasedEntities { get; } =
    [
        typeof(LegalSteps.LegalStepRecord), typeof(Screenings.CaseScreening), typeof(Qualification.CaseQualification),
        typeof(Identification.PanelOpinion), typeof(Identification.IdentificationStep), typeof(Referrals.CaseReferral),
        typeof(Rights.ResidencePermit), typeof(Rights.ProvisionalAuthorisation), typeof(Rights.ExitPathwayApplication), typeof(Rights.CaseRights),
        typeof(Proceedings.Confiscation), typeof(Proceedings.CompensationClaim), typeof(Proceedings.CaseProceedings),
        typeof(CaseDeadline), typeof(AgeAssessmentRecord), typeof(BestInterestsRecord), typeof(MissingEpisodeRecord), typeof(ChildProtectionRecord),
        typeof(Alerts.Alert), typeof(Linkage.LinkagePair), typeof(Notes.CaseNote), typeof(Attachments.CaseAttachment),
        // Kept as the register's row (accountability, GDPR art. 5(2)); its free texts are erased.
        typeof(DataProtection.DataSubjectRequest),
    ];

    public async Task<ClosureView?> ViewAsync(Guid caseId, CancellationToken ct)
    {
        // The record, not the file: an erased case still shows when and why it was closed and erased.
        var found = await db.CasesFor(user, CaseOperation.Read).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.CaseRetentionViewed, found.Id, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return await ToViewAsync(found, ct);
    }

    public async Task<WriteResult<ClosureView>> CloseAsync(Guid caseId, ClosureInput input, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (!CaseClosure.MayClose(found.Status))
        {
            const string Detail = "A case closes once, and not while the panel's decision is pending: the panel decides first.";
            return WriteError.Conflict("case.cannot-close", ProblemTexts.NotAllowedInThisStatus, Detail, new Dictionary<string, string[]> { ["reason"] = [Detail] });
        }

        var errors = CaseClosure.Validate(found.Status, input.Reason, input.ClosedOn, found.DetectedOn, clock.Today());
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "case.closure-invalid");
        }

        found.Close(input.Reason!.Value, input.ClosedOn!.Value, user.Id, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditEventType.CaseClosed, found.Id, $"{found.Reference} reason={ApiEnum.Name(input.Reason.Value)} on={input.ClosedOn:yyyy-MM-dd}");
        await audit.CommitAsync(cancellationToken: ct);
        return await ToViewAsync(found, ct);
    }

    /// <summary>The schedule and every closed case with the day it may be erased (administrators; no identifying field).</summary>
    public async Task<RetentionOverview> OverviewAsync(CancellationToken ct)
    {
        var closed = await ClosedCasesAsync(ct);
        audit.Record(AuditEventType.RetentionViewed, details: $"closed={closed.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return new RetentionOverview(RetentionSchedule.Rules(Settings.ToOptions()), closed, Settings.ErasureEnabled, Settings.EliminationAgreement);
    }

    /// <summary>
    /// Erases every closed case whose retention has run out, one transaction and one audit entry per case. Refused
    /// (409) while the data are public archives without an elimination agreement (Code du patrimoine L.212-2).
    /// </summary>
    public async Task<WriteResult<ErasureReport>> EraseDueAsync(CancellationToken ct)
    {
        if (!Settings.ErasureEnabled)
        {
            const string Detail = "The data are public archives: set Retention:EliminationAgreement to the archives administration's agreement (Code du patrimoine L.212-2) before erasing, or Retention:PublicArchives to false for a private operator.";
            return WriteError.Conflict("retention.no-elimination-agreement", ProblemTexts.NotAllowedNow, Detail);
        }

        var due = (await ClosedCasesAsync(ct)).Where(c => c.Due && c.ErasedAt is null).ToList();
        var erased = new List<string>();
        foreach (var item in due)
        {
            await EraseAsync(item.CaseId, item.Reference, ct);
            erased.Add(item.Reference);
        }

        audit.Record(AuditEventType.CasesErased, details: $"erased={erased.Count} agreement={Settings.EliminationAgreement ?? "-"}");
        await audit.CommitAsync(cancellationToken: ct);
        return new ErasureReport(erased.Count, erased, Settings.EliminationAgreement);
    }

    private Task EraseAsync(Guid id, string reference, CancellationToken ct) =>
        audit.CommitAsync(token => EraseInTransactionAsync(id, $"{reference} agreement={Settings.EliminationAgreement ?? "-"}", token), ct);

    /// <summary>Whether erasure may run at all: not while the data are public archives without an elimination agreement (Code du patrimoine L.212-2).</summary>
    public bool ErasureEnabled => Settings.ErasureEnabled;

    /// <summary>
    /// The anonymiser, the one way a case is erased — at the end of its retention (<see cref="EraseDueAsync"/>) or on the
    /// person's request (GDPR art. 17, <see cref="DataProtection.DataRequestService"/>). Call it inside the caller's
    /// transaction (the <c>prepare</c> step of <see cref="AuditTrail.CommitAsync"/>): identifying fields and the whole
    /// file removed, the reference, closure and statistical rows kept, the texts of the case's data-subject requests
    /// erased (their dates, kinds and outcomes stay: the register shows the erasure was answered). Records
    /// <see cref="AuditEventType.CaseErased"/> with <paramref name="details"/> (a reference and why, never a name).
    /// </summary>
    public async Task EraseInTransactionAsync(Guid id, string details, CancellationToken token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Bulk statements: they bypass the case-facts step, so the statistical rows of the case stay as they are.
        await db.Set<LegalSteps.LegalStepRecord>().Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.Set<Notes.CaseNote>().Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.Set<Attachments.CaseAttachment>().Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CaseScreenings.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CaseQualifications.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.PanelOpinions.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.IdentificationSteps.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.Referrals.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.ResidencePermits.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.ProvisionalAuthorisations.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.ExitPathwayApplications.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CaseRights.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.ProceedingsConfiscations.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CompensationClaims.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CaseProceedings.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.CaseDeadlines.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.AgeAssessments.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.BestInterestsDeterminations.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.MissingEpisodes.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.ChildProtectionRecords.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.Alerts.Where(x => x.CaseId == id).ExecuteDeleteAsync(token);
        await db.LinkagePairs.Where(x => x.LeftCaseId == id || x.RightCaseId == id).ExecuteDeleteAsync(token);
        await db.Enquiries.Where(x => x.LinkedCaseId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LinkedCaseId, (Guid?)null), token);
        await db.Set<DataProtection.DataSubjectRequest>().Where(x => x.CaseId == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ProtectedIdentityCheck, (string?)null)
            .SetProperty(x => x.ProtectedRequest, (string?)null)
            .SetProperty(x => x.ProtectedExtensionReason, (string?)null)
            .SetProperty(x => x.ProtectedExplanation, (string?)null), token);
        await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ProtectedIdentity, (string?)null)
            .SetProperty(c => c.LegalNameIndex, (string?)null)
            .SetProperty(c => c.Pseudonym, ErasedPseudonym)
            .SetProperty(c => c.PseudonymSearch, ErasedPseudonym)
            .SetProperty(c => c.BirthYear, (int?)null)
            .SetProperty(c => c.EstimatedAge, (int?)null)
            .SetProperty(c => c.AgeDisputed, false)
            .SetProperty(c => c.Nationality, (string?)null)
            .SetProperty(c => c.RecruitmentMeans, (RecruitmentMeans?)null)
            .SetProperty(c => c.ErasedAt, now)
            .SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.UpdatedBy, user.IsSignedIn ? user.Id : Guid.Empty)
            .SetProperty(c => c.Version, c => c.Version + 1), token);
        audit.Record(AuditEventType.CaseErased, id, details);
    }

    private async Task<List<RetentionCaseView>> ClosedCasesAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var closed = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Closed).OrderBy(c => c.ClosedOn).ToListAsync(ct);
        var views = new List<RetentionCaseView>(closed.Count);
        foreach (var found in closed)
        {
            var erasable = found.ErasedAt is null ? (await DecideAsync(found, ct)).ErasableOn : null;
            views.Add(new RetentionCaseView(found.Id, found.Reference, found.ClosedOn ?? DateOnly.FromDateTime(found.UpdatedAt), found.ClosureReason,
                erasable, erasable is { } on && on <= today, found.ErasedAt));
        }

        return views;
    }

    private async Task<RetentionDecision> DecideAsync(Case found, CancellationToken ct)
    {
        var facts = await deadlines.FactsAsync(found.Id, ct);
        var child = await db.ChildProtectionRecords.AnyAsync(r => r.CaseId == found.Id, ct)
            || (await caseAge.DecideAsync(found, ct)).Population == Population.Child;
        var birthDate = protector.Unprotect(found.ProtectedIdentity)?.DateOfBirth;
        return RetentionSchedule.Decide(new RetentionFacts(
            found.ClosedOn ?? DateOnly.FromDateTime(found.UpdatedAt),
            found.DetectedOn,
            found.Departement,
            facts?.OffenceOn,
            facts?.FinalCriminalDecisionOn,
            birthDate ?? RetentionSchedule.LatestBirthDate(found.BirthYear, found.EstimatedAge, found.DetectedOn),
            child,
            await ProceedingsPendingAsync(found.Id, ct)), Settings.ToOptions());
    }

    /// <summary>Criminal proceedings are pending: a complaint or testimony started them, and no final decision ended them (a dismissal ends them).</summary>
    public async Task<bool> ProceedingsPendingAsync(Guid caseId, CancellationToken ct)
    {
        var proceedings = await db.CaseProceedings.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.ComplaintFiledOn, p.TestimonyGivenOn, p.Outcome, p.FinalOn }).FirstOrDefaultAsync(ct);
        return proceedings is not null && (proceedings.ComplaintFiledOn is not null || proceedings.TestimonyGivenOn is not null)
            && proceedings.FinalOn is null && proceedings.Outcome != ProceedingsOutcome.Dismissed;
    }

    private async Task<ClosureView> ToViewAsync(Case found, CancellationToken ct)
    {
        RetentionDecision? decision = found.Status == CaseStatus.Closed && found.ErasedAt is null ? await DecideAsync(found, ct) : null;
        return new ClosureView(found.Id, found.Reference, found.Status, CaseClosure.MayClose(found.Status), found.ClosedOn, found.ClosureReason,
            decision?.ErasableOn, decision?.Holds.Select(h => new RetentionHoldView(h.Category, h.Until, h.Basis, h.Source)).ToList() ?? [], found.ErasedAt);
    }
}
