using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Qualification;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Qualification;

/// <summary>Qualification advice stored with a case, scoped and audited like the case itself.</summary>
public sealed class QualificationService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Stores the advice on these facts with the case (201): 400 naming the bad fields, or for no fact at all (an advice on nothing says nothing).</summary>
    public async Task<WriteResult<QualificationView>> RecordAsync(Guid caseId, QualificationFacts facts, Language language, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        var errors = QualificationRules.Validate(facts);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "qualification.invalid");
        }

        if (facts.Acts.Count == 0 && facts.Means.Count == 0 && facts.Purposes.Count == 0 && facts.Aggravating.Count == 0
            && facts.Charged.Count == 0 && facts.CompelledOffences.Count == 0)
        {
            return WriteError.Invalid("acts", "Give at least one fact (an act, a means, a purpose, a circumstance or a charge) to record an advice.", "qualification.no-facts");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var advice = QualificationView.Of(facts, language);
        var stored = new CaseQualification
        {
            CaseId = caseId,
            ProtectedFacts = protector.ProtectText(JsonSerializer.Serialize(facts, Json))!,
            Trafficking = advice.Trafficking,
            RecordedAt = now,
            RecordedBy = user.Id,
            AgencyId = user.AgencyId,
        };
        db.CaseQualifications.Add(stored);
        audit.Record(AuditEventType.QualificationRecorded, caseId,
            $"{found.Reference} trafficking={advice.Trafficking} warnings={string.Join(',', advice.Warnings.Select(w => ApiEnum.Name(w.Code)))}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created(advice with { Id = stored.Id, RecordedAt = now });
    }

    /// <summary>
    /// The stored advices, newest first. The coordinator sees only the headline (facts may describe the person),
    /// the holding agency the facts and the full advice.
    /// </summary>
    public async Task<PagedList<QualificationView>?> ListAsync(Guid caseId, Language language, Paging paging, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null || !Domain.Access.CaseAccess.SeesIdentifyingFields(user.Role))
        {
            return found is null ? null : new PagedList<QualificationView>([], paging.Page, paging.Size, 0);
        }

        var stored = await db.CaseQualifications.AsNoTracking().Where(q => q.CaseId == caseId)
            .OrderByDescending(q => q.RecordedAt).ThenByDescending(q => q.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.QualificationsViewed, caseId, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return stored.Select(q => QualificationView.Of(
            JsonSerializer.Deserialize<QualificationFacts>(protector.UnprotectText(q.ProtectedFacts)!, Json)!, language, q.Id, q.RecordedAt));
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
