using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.DataRequests;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Features.Retention;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// The register of the person's requests about their data (GDPR art. 15–18, 21), kept by the agency that holds the
/// case — the controller that answers them (docs/data-protection.md §4). The holding agency's screeners and case
/// managers record a request, extend its period once and answer it; a granted rectification names the case fields
/// corrected (the correction itself is made in the case form or <c>PUT /api/v1/cases/{id}</c>, audited there); a
/// granted erasure runs the retention anonymiser (<see cref="RetentionService.EraseInTransactionAsync"/>), unless
/// pending criminal proceedings (art. 17(3)(e)) or a child's protection (art. 17(3)(b)) need the file. Whoever reads the
/// case file sees the register without its texts; the administrator sees, nationally, the open requests by case
/// reference. Every read and write is audited (1801–1806).
/// </summary>
public sealed class DataRequestService(
    PasserelleDbContext db, CurrentUser user, CaseGuard guard, AuditTrail audit, TimeProvider clock, CaseIdentityProtector protector,
    CaseAge caseAge, RetentionService retention)
{
    private const string Purpose = "data-request";

    /// <summary>The fields a rectification may name: those of the case form and of <c>PUT /api/v1/cases/{id}</c>, camelCase.</summary>
    public static IReadOnlySet<string> RectifiableFields { get; } =
        typeof(CaseInput).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The case's register, newest first; null when the case is out of the user's scope (404).</summary>
    public async Task<PagedList<DataRequestView>?> ListAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        var requests = await db.Set<DataSubjectRequest>().AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.DataRequestsViewed, caseId, $"{found.Reference} count={requests.Total}");
        await audit.CommitAsync(cancellationToken: ct);
        return await requests.SelectAsync(page => ViewsAsync(found, page, ct));
    }

    public async Task<DataRequestView?> GetAsync(Guid caseId, Guid requestId, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.ReadFile).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var request = found is null ? null
            : await db.Set<DataSubjectRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.CaseId == caseId, ct);
        if (found is null || request is null)
        {
            return null;
        }

        audit.Record(AuditEventType.DataRequestViewed, caseId, $"{found.Reference} request={request.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync(found, [request], ct))[0];
    }

    /// <summary>Records a request received; its due date is one month from receipt (art. 12(3), <see cref="DataSubjectRequests.DueOn"/>).</summary>
    public async Task<WriteResult<DataRequestView>> RecordAsync(Guid caseId, DataRequestInput input, CancellationToken ct)
    {
        if (await AnsweringAsync(caseId, ct) is not { } found)
        {
            return WriteError.NotFound();
        }

        var errors = DataSubjectRequests.ValidateRecord(input.Kind, input.ReceivedOn, input.IdentityCheck, input.Request, clock.Today());
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "data-request.invalid");
        }

        var request = new DataSubjectRequest
        {
            CaseId = caseId,
            AgencyId = found.AgencyId,
            Kind = input.Kind!.Value,
            ReceivedOn = input.ReceivedOn!.Value,
            DueOn = DataSubjectRequests.DueOn(input.ReceivedOn.Value),
            RecordedBy = user.Id,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        request.ProtectedIdentityCheck = Protect(caseId, input.IdentityCheck);
        request.ProtectedRequest = Protect(caseId, input.Request);
        db.Add(request);
        audit.Record(AuditEventType.DataRequestRecorded, caseId,
            $"{found.Reference} request={request.Id} kind={ApiEnum.Name(request.Kind)} received={request.ReceivedOn:yyyy-MM-dd} due={request.DueOn:yyyy-MM-dd}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await ViewsAsync(found, [request], ct))[0]);
    }

    /// <summary>Extends the period once, with the reason told to the person, up to three months from receipt (art. 12(3)).</summary>
    public async Task<WriteResult<DataRequestView>> ExtendAsync(Guid caseId, Guid requestId, DataRequestExtensionInput input, CancellationToken ct)
    {
        if (await AnsweringAsync(caseId, ct) is not { } found)
        {
            return WriteError.NotFound();
        }

        if (await db.Set<DataSubjectRequest>().FirstOrDefaultAsync(r => r.Id == requestId && r.CaseId == caseId, ct) is not { } request)
        {
            return WriteError.NotFound("data-request.not-found");
        }

        var today = clock.Today();
        if (request.Status != DataRequestStatus.Received || today > request.DueOn)
        {
            // Once, and within the first month: the person is told of an extension within one month of receipt (art. 12(3)).
            return WriteError.Conflict("data-request.cannot-extend", ProblemTexts.NotAllowedInThisStatus, ProblemTexts.DataRequestCannotExtend,
                new Dictionary<string, string[]> { ["until"] = [ProblemTexts.DataRequestCannotExtend] });
        }

        var errors = DataSubjectRequests.ValidateExtension(request.Status, request.ReceivedOn, request.DueOn, input.Reason, input.Until, today);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "data-request.invalid");
        }

        request.Status = DataRequestStatus.Extended;
        request.DueOn = input.Until!.Value;
        request.ExtendedOn = today;
        request.ProtectedExtensionReason = Protect(caseId, input.Reason);
        audit.Record(AuditEventType.DataRequestExtended, caseId, $"{found.Reference} request={request.Id} due={request.DueOn:yyyy-MM-dd}");
        return await SaveAsync(found, request, ct);
    }

    /// <summary>
    /// Answers the request. A granted rectification names the fields corrected, and the case must have been saved since
    /// the request was recorded (the correction is made, not only promised). A granted erasure needs the case closed,
    /// no hold of art. 17(3) and erasure allowed by the archives rules; it then runs the anonymiser in the same
    /// transaction as the decision.
    /// </summary>
    public async Task<WriteResult<DataRequestView>> DecideAsync(Guid caseId, Guid requestId, DataRequestDecisionInput input, CancellationToken ct)
    {
        if (await AnsweringAsync(caseId, ct) is not { } found)
        {
            return WriteError.NotFound();
        }

        if (await db.Set<DataSubjectRequest>().FirstOrDefaultAsync(r => r.Id == requestId && r.CaseId == caseId, ct) is not { } request)
        {
            return WriteError.NotFound("data-request.not-found");
        }

        if (!DataSubjectRequests.IsOpen(request.Status))
        {
            return WriteError.Conflict("data-request.answered", ProblemTexts.NotAllowedInThisStatus, ProblemTexts.DataRequestAnswered);
        }

        var fields = input.RectifiedFields?.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var errors = DataSubjectRequests.ValidateDecision(request.Kind, request.Status, input.Outcome, input.Ground, input.Explanation, fields, RectifiableFields);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "data-request.invalid");
        }

        var outcome = input.Outcome!.Value;
        var erase = request.Kind == DataRequestKind.Erasure && outcome == DataRequestOutcome.Granted;
        if (request.Kind == DataRequestKind.Rectification && outcome != DataRequestOutcome.Refused && found.UpdatedAt < request.RecordedAt)
        {
            // Art. 16: the rectification is made, then recorded as answered.
            return WriteError.Conflict("data-request.not-rectified", ProblemTexts.DataRequestNotRectified, ProblemTexts.DataRequestNotRectifiedDetail,
                new Dictionary<string, string[]> { ["rectifiedFields"] = [ProblemTexts.DataRequestNotRectifiedDetail] });
        }

        if (erase && await RefuseErasureAsync(found, ct) is { } refused)
        {
            return refused;
        }

        var today = clock.Today();
        request.Status = outcome switch
        {
            DataRequestOutcome.Granted => DataRequestStatus.Granted,
            DataRequestOutcome.PartiallyGranted => DataRequestStatus.PartiallyGranted,
            DataRequestOutcome.Refused => DataRequestStatus.Refused,
        };
        request.DecidedOn = today;
        request.DecidedBy = user.Id;
        request.Ground = input.Ground;
        request.RectifiedFields = fields.Count > 0 ? string.Join(',', fields) : null;

        // The explanation of a granted erasure is erased with the rest: the register keeps that it was granted and when.
        request.ProtectedExplanation = erase ? null : Protect(caseId, input.Explanation);
        request.ErasedAt = erase ? clock.GetUtcNow().UtcDateTime : null;
        audit.Record(AuditEventType.DataRequestDecided, caseId,
            $"{found.Reference} request={request.Id} kind={ApiEnum.Name(request.Kind)} outcome={ApiEnum.Name(outcome)}"
            + (input.Ground is { } ground ? $" ground={ApiEnum.Name(ground)}" : "")
            + (fields.Count > 0 ? $" fields={request.RectifiedFields}" : "")
            + (erase ? " erased=true" : ""));
        if (!erase)
        {
            return await SaveAsync(found, request, ct);
        }

        await audit.CommitAsync(token => retention.EraseInTransactionAsync(caseId, $"{found.Reference} request={request.Id} (GDPR art. 17)", token), ct);
        var erased = await db.CasesFor(user, CaseOperation.Read).AsNoTracking().FirstAsync(c => c.Id == caseId, ct);
        return (await ViewsAsync(erased, [request], ct))[0];
    }

    /// <summary>The holds of art. 17(3) on the file now: pending criminal proceedings, a child's protection.</summary>
    public async Task<IReadOnlyList<ErasureHoldView>> ErasureHoldsAsync(Case found, CancellationToken ct)
    {
        var holds = new List<ErasureHoldView>();
        if (await retention.ProceedingsPendingAsync(found.Id, ct))
        {
            // Art. 17(3)(e): the file is needed for the establishment, exercise or defence of legal claims.
            holds.Add(new ErasureHoldView(RefusalGround.LegalClaims, "proceedings-pending"));
        }

        var caseId = found.Id;
        var missing = await db.MissingEpisodes.AnyAsync(e => e.CaseId == caseId && e.Status == MissingEpisodeStatus.Reported, ct);
        var protectedChild = await db.ChildProtectionRecords.AnyAsync(r => r.CaseId == caseId, ct)
            && (await caseAge.DecideAsync(found, ct)).Population == Population.Child;
        if (missing || protectedChild)
        {
            // Art. 17(3)(b): the child mechanism's protection is a legal obligation of the child-welfare services
            // (DOMAIN.md §6); a child still missing or under protection keeps their file.
            holds.Add(new ErasureHoldView(RefusalGround.LegalObligation, "child-protection"));
        }

        return holds;
    }

    /// <summary>The national view (administrator): open requests by case reference and agency, soonest due first.</summary>
    public async Task<PagedList<OpenDataRequestView>> NationalAsync(DataRequestFilter filter, Paging paging, CancellationToken ct)
    {
        var today = clock.Today();
        var soon = today.AddDays(DataSubjectRequests.DueSoonDays);
        var requests = db.Set<DataSubjectRequest>().AsNoTracking();
        requests = filter switch
        {
            DataRequestFilter.Open => requests.Where(r => r.Status == DataRequestStatus.Received || r.Status == DataRequestStatus.Extended),
            DataRequestFilter.Due => requests.Where(r => (r.Status == DataRequestStatus.Received || r.Status == DataRequestStatus.Extended) && r.DueOn <= soon),
            DataRequestFilter.All => requests,
        };

        // Every case: the administrator's register is national, and shows references only (no identifying field).
        var rows = await requests
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { Request = r, c.Reference })
            .Join(db.Agencies, x => x.Request.AgencyId, a => a.Id, (x, a) => new { x.Request, x.Reference, Agency = a.Name })
            .OrderBy(x => x.Request.DueOn).ThenBy(x => x.Reference).ThenBy(x => x.Request.Id)
            .ToPageAsync(paging, ct);
        audit.Record(AuditEventType.DataRequestsListed, details: $"filter={ApiEnum.Name(filter)} count={rows.Total}");
        await audit.CommitAsync(cancellationToken: ct);
        return rows.Select(x => new OpenDataRequestView(x.Request.Id, x.Request.CaseId, x.Reference, x.Agency, x.Request.Kind, x.Request.ReceivedOn, x.Request.DueOn,
            x.Request.Status, DataSubjectRequests.IsOverdue(x.Request.Status, x.Request.DueOn, today), x.Request.DueOn.DayNumber - today.DayNumber));
    }

    /// <summary>The holding agency's open requests on one case, for the case page's alert (no audit: the page audits its view).</summary>
    public async Task<(int Open, int Overdue)> OpenCountsAsync(Guid caseId, CancellationToken ct)
    {
        var today = clock.Today();
        var open = await db.Set<DataSubjectRequest>().AsNoTracking()
            .Where(r => r.CaseId == caseId && (r.Status == DataRequestStatus.Received || r.Status == DataRequestStatus.Extended))
            .Select(r => r.DueOn).ToListAsync(ct);
        return (open.Count, open.Count(due => today > due));
    }

    /// <summary>The case if the user answers its requests: a worker of the agency holding it (the one relation that reads the identity).</summary>
    private async Task<Case?> AnsweringAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is not null && await guard.MayAsync(found, CaseOperations.ReadIdentity, ct) ? found : null;
    }

    private async Task<WriteError?> RefuseErasureAsync(Case found, CancellationToken ct)
    {
        if (found.Status != CaseStatus.Closed)
        {
            return WriteError.Conflict("data-request.case-open", ProblemTexts.NotAllowedInThisStatus, ProblemTexts.DataRequestCaseOpen,
                new Dictionary<string, string[]> { ["outcome"] = [ProblemTexts.DataRequestCaseOpen] });
        }

        var holds = await ErasureHoldsAsync(found, ct);
        if (holds.Count > 0)
        {
            var detail = holds.Any(h => h.Ground == RefusalGround.LegalClaims) ? ProblemTexts.ErasureHeldByProceedings : ProblemTexts.ErasureHeldByChildProtection;
            return WriteError.Conflict("data-request.erasure-held", ProblemTexts.ErasureHeld, detail, new Dictionary<string, string[]> { ["outcome"] = [detail] });
        }

        if (!retention.ErasureEnabled)
        {
            return WriteError.Conflict("retention.no-elimination-agreement", ProblemTexts.NotAllowedNow, ProblemTexts.ErasureNeedsEliminationAgreement,
                new Dictionary<string, string[]> { ["outcome"] = [ProblemTexts.ErasureNeedsEliminationAgreement] });
        }

        return null;
    }

    private async Task<WriteResult<DataRequestView>> SaveAsync(Case found, DataSubjectRequest request, CancellationToken ct)
    {
        try
        {
            await audit.CommitAsync(cancellationToken: ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone answered or extended it meanwhile: the state moved, as a referral's transition would (409).
            return WriteError.Conflict("data-request.changed", ProblemTexts.NotAllowedInThisStatus, ProblemTexts.DataRequestAnswered);
        }

        return (await ViewsAsync(found, [request], ct))[0];
    }

    private string? Protect(Guid caseId, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : protector.ProtectTextFor(caseId, Purpose, text.Trim());

    private string? Unprotect(Guid caseId, string? text) =>
        string.IsNullOrEmpty(text) ? null : protector.UnprotectTextFor(caseId, Purpose, text);

    private async Task<IReadOnlyList<DataRequestView>> ViewsAsync(Case found, IReadOnlyList<DataSubjectRequest> requests, CancellationToken ct)
    {
        var readsText = await guard.MayAsync(found, CaseOperations.ReadIdentity, ct);
        var today = clock.Today();
        var holds = found.ErasedAt is null && readsText && requests.Any(r => r.Kind == DataRequestKind.Erasure && DataSubjectRequests.IsOpen(r.Status))
            ? await ErasureHoldsAsync(found, ct) : [];
        return [.. requests.Select(r => new DataRequestView(
            r.Id, r.CaseId, found.Reference, r.Kind, r.ReceivedOn, r.DueOn, r.Status, DataSubjectRequests.IsOverdue(r.Status, r.DueOn, today),
            readsText ? Unprotect(r.CaseId, r.ProtectedIdentityCheck) : null,
            readsText ? Unprotect(r.CaseId, r.ProtectedRequest) : null,
            !readsText,
            r.ExtendedOn,
            readsText ? Unprotect(r.CaseId, r.ProtectedExtensionReason) : null,
            r.DecidedOn,
            r.Ground,
            readsText ? Unprotect(r.CaseId, r.ProtectedExplanation) : null,
            r.RectifiedFields?.Split(',') ?? [],
            r.ErasedAt,
            r.Kind == DataRequestKind.Erasure && DataSubjectRequests.IsOpen(r.Status) ? holds : [],
            r.Version))];
    }
}
