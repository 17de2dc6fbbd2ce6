using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Attachments;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.LegalSteps;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Features.Notes;
using Passerelle.Web.Features.Proceedings;
using Passerelle.Web.Features.Qualification;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Features.Retention;
using Passerelle.Web.Features.Rights;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>Who holds the data and why: the controller's side of the answer to a request of access (GDPR art. 15(1)(a)–(h)).</summary>
public sealed record PersonalDataNotice(
    string Controller, string Purposes, string LegalBasis, string Recipients, string Retention, string Source, string Rights, string Complaint);

/// <summary>One consultation or change of the file recorded in the audit log: when, what, by which agency (not by whom: CJEU C-579/21).</summary>
public sealed record PersonalDataAccess(DateTime OccurredAt, int Code, string Event, string? Agency);

/// <summary>
/// The person's other records: the references of this agency's other cases of the same person (record linkage), and
/// whether another agency also records them — each agency is the controller of its own file and answers for it, so
/// its references are not given here (docs/data-protection.md).
/// </summary>
public sealed record PersonalDataLinks(IReadOnlyList<string> SameAgencyReferences, bool RecordedElsewhere);

/// <summary>
/// Everything Passerelle holds about the person of one case, as its holding agency reads it: the answer to the
/// right of access (GDPR art. 15) and the basis of a rectification or erasure request (art. 16, 17). Attachments
/// are listed (name, size, date), their content is downloaded one by one from the case.
/// </summary>
public sealed record PersonalDataExport(
    DateTimeOffset GeneratedAt,
    PersonalDataNotice Notice,
    CaseView Case,
    IReadOnlyList<ScreeningView> Screenings,
    IReadOnlyList<QualificationView> Qualifications,
    IReadOnlyList<IdentificationStepView> Identification,
    IReadOnlyList<ReferralView> Referrals,
    RightsView? Rights,
    ProceedingsView? Proceedings,
    IReadOnlyList<LegalStepView> LegalSteps,
    IReadOnlyList<DeadlineView> Deadlines,
    ChildProtectionView? ChildProtection,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<AttachmentView> Attachments,
    PersonalDataLinks LinkedRecords,
    ClosureView? Closure,
    IReadOnlyList<PersonalDataAccess> Accesses);

/// <summary>
/// Builds <see cref="PersonalDataExport"/> from the services the pages and the API use, so it holds what the case
/// holds, no more and no less. Only the holding agency may export it (the one agency that reads the identity:
/// <see cref="CaseOperations.ReadIdentity"/>); any other user gets null (404, as for a case out of scope). The reads
/// are gathered into one audit entry, <see cref="AuditEventType.PersonalDataExported"/>, written before the answer
/// leaves (<see cref="AuditTrail.GatherCaseView"/>).
/// </summary>
public sealed class PersonalDataService(
    PasserelleDbContext db, CurrentUser user, CaseGuard guard, AuditTrail audit, TimeProvider clock, CaseRegistry registry,
    ScreeningService screenings, QualificationService qualification, IdentificationService identification, ReferralService referrals,
    RightsService rights, ProceedingsService proceedings, LegalStepsService legalSteps, DeadlineBoard deadlines,
    ChildProtectionService children, NotesService notes, AttachmentsService attachments, LinkageService linkage, RetentionService retention)
{
    /// <summary>The case if the signed-in user may export its personal data (holding agency, worker role), else null.</summary>
    public async Task<Case?> ExportableAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.CasesFor(user, CaseOperation.Update).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is not null && await guard.MayAsync(found, CaseOperations.ReadIdentity, ct) ? found : null;
    }

    public async Task<PersonalDataExport?> ExportAsync(Guid caseId, HttpResponse response, CancellationToken ct)
    {
        if (await ExportableAsync(caseId, ct) is not { } found)
        {
            return null;
        }

        audit.GatherCaseView(caseId, response, AuditEventType.PersonalDataExported);
        var language = LocalizationSetup.CurrentLanguage;
        var view = await registry.ViewAsync(caseId, ct, CaseOperation.ReadFile);
        if (view is null)
        {
            return null;
        }

        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        // The audit entries of this case: when and what, by which agency. Staff names are not given: the right of
        // access covers the dates and purposes of consultations, not the identity of the employees (CJEU, 22 June 2023, C-579/21).
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.EventType, e.AgencyId }).ToListAsync(ct);
        var accesses = entries.Select(e => new PersonalDataAccess(
            DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc), (int)e.EventType, AuditEventNames.Of(e.EventType).In(language),
            e.AgencyId is { } agency ? agencies.GetValueOrDefault(agency) : null)).ToList();

        var sameAgency = await db.Cases.AsNoTracking()
            .Where(o => o.PersonKey == found.PersonKey && o.Id != caseId && o.AgencyId == found.AgencyId)
            .OrderBy(o => o.Reference).Select(o => o.Reference).ToListAsync(ct);
        return new PersonalDataExport(
            clock.GetUtcNow(),
            Notice(agencies.GetValueOrDefault(found.AgencyId) ?? "", language),
            view,
            (await screenings.ListAsync(caseId, language, Paging.All, ct))?.Items ?? [],
            (await qualification.ListAsync(caseId, language, Paging.All, ct))?.Items ?? [],
            (await identification.HistoryAsync(caseId, Paging.All, ct))?.Items ?? [],
            (await referrals.ForCaseAsync(caseId, Paging.All, ct))?.Items ?? [],
            await rights.GetAsync(caseId, ct),
            await proceedings.GetAsync(caseId, ct),
            (await legalSteps.ListAsync(caseId, Paging.All, ct))?.Items ?? [],
            (await deadlines.ForCaseAsync(caseId, Paging.All, ct))?.Items ?? [],
            await children.GetAsync(caseId, ct),
            (await notes.ListAsync(caseId, Paging.All, ct))?.Items ?? [],
            (await attachments.ListAsync(caseId, Paging.All, ct))?.Items ?? [],
            new PersonalDataLinks(sameAgency, (await linkage.ForCaseAsync(caseId, ct))?.RecordedElsewhere ?? false),
            await retention.ViewAsync(caseId, ct),
            accesses);
    }

    /// <summary>The information art. 15(1) asks besides the data; docs/data-protection.md says the same at length.</summary>
    private static PersonalDataNotice Notice(string controller, Language language) => new(
        controller,
        new LocalizedText(
            "Repérer, identifier, protéger et orienter les victimes présumées de la traite des êtres humains (mécanisme national d'orientation) ; statistiques nationales protégées.",
            "Detect, identify, protect and refer presumed victims of trafficking in human beings (national referral mechanism); protected national statistics.").In(language),
        new LocalizedText(
            "Mission d'intérêt public (RGPD art. 6(1)(e)) ; données de santé et relatives aux infractions traitées pour l'aide sociale et la protection des victimes (art. 9(2)(g) et (h), art. 10 ; loi Informatique et libertés).",
            "Task carried out in the public interest (GDPR art. 6(1)(e)); health data and data on offences processed for social care and victim protection (art. 9(2)(g) and (h), art. 10; French Data Protection Act).").In(language),
        new LocalizedText(
            "L'association ou le service qui tient le dossier ; pendant leur mission seulement : le service piloté de l'aide sociale à l'enfance, les membres du comité d'identification, la structure d'accueil d'une orientation active (langues seulement), le coordinateur national (sans l'identité).",
            "The agency that holds the file; during their task only: the lead child-welfare agency, the identification panel members, the provider of an active referral (languages only), the national coordinator (without the identity).").In(language),
        new LocalizedText(
            "Deux ans après la clôture, plus tant qu'une procédure pénale ou une indemnisation est en cours (docs/retention.md).",
            "Two years after closure, longer while criminal proceedings or a compensation claim are pending (docs/retention.md).").In(language),
        new LocalizedText("La personne elle-même et les professionnels qui l'accompagnent.", "The person themselves and the professionals who support them.").In(language),
        new LocalizedText(
            "Accès (art. 15), rectification (art. 16), effacement (art. 17, sauf dossier nécessaire à une procédure ou une indemnisation en cours), limitation (art. 18), opposition (art. 21) : auprès de l'association qui tient le dossier ou de son délégué à la protection des données.",
            "Access (art. 15), rectification (art. 16), erasure (art. 17, except a file needed for pending proceedings or compensation), restriction (art. 18), objection (art. 21): with the agency that holds the file or its data protection officer.").In(language),
        new LocalizedText("Réclamation auprès de la CNIL (art. 77).", "Complaint to the CNIL, the French supervisory authority (art. 77).").In(language));
}
