using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>
/// Reads and replaces a case's criminal proceedings (<see cref="CaseFileRecordService{TRecord, TInput, TView}"/>:
/// the holding agency reads and its case managers write; the coordinator reads). Deadlines and statistics follow by
/// themselves: the rows are case facts.
/// </summary>
public sealed class ProceedingsService(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
    : CaseFileRecordService<CaseProceedings, ProceedingsInput, ProceedingsView>(db, user, audit, clock)
{
    protected override CaseFileRecordKind Kind { get; } = new("proceedings", AuditEventType.ProceedingsViewed, AuditEventType.ProceedingsUpdated,
        ProblemTexts.ProceedingsForbidden, ProblemTexts.ProceedingsStale);

    protected override Task<Dictionary<string, string[]>> ValidateAsync(Guid caseId, ProceedingsInput input, DateOnly today, CancellationToken ct) =>
        Task.FromResult(ProceedingsMapping.Validate(input, today));

    protected override async Task<string> ApplyAsync(Guid caseId, CaseProceedings record, ProceedingsInput input, CancellationToken ct)
    {
        var p = ProceedingsMapping.ToDomain(input);
        record.OffenceOn = p.OffenceOn;
        record.ComplaintFiledOn = p.ComplaintFiledOn;
        record.TestimonyGivenOn = p.TestimonyGivenOn;
        record.TiesSevered = p.TiesSevered;
        record.AccusedStatus = p.NonPunishment?.Status;
        record.NonPunishmentNoteOn = p.NonPunishment?.NoteToProsecutorOn;
        record.NonPunishmentOutcome = p.NonPunishment?.Outcome;
        record.Unit = p.Unit;
        record.OtherUnit = p.OtherUnit;
        record.OffencesCharged = [.. p.NormalizedOffences];
        record.Outcome = p.Outcome;
        record.DecidedOn = p.DecidedOn;
        record.FinalOn = p.FinalOn;
        record.SentencePrisonMonths = p.Sentence?.PrisonMonths;
        record.SentenceSuspendedMonths = p.Sentence?.SuspendedMonths;
        record.SentenceFine = p.Sentence?.Fine;
        record.SentenceOther = p.Sentence?.Other;
        await ReplaceRowsAsync(caseId, p.Confiscations.Select(c => new Confiscation
        {
            CaseId = caseId,
            OrderedOn = c.OrderedOn,
            Amount = c.Amount,
            Description = c.Description,
        }), ct);
        await ReplaceRowsAsync(caseId, p.CompensationClaims.Select(c => new CompensationClaim
        {
            CaseId = caseId,
            Body = c.Body,
            FiledOn = c.FiledOn,
            AmountClaimed = c.AmountClaimed,
            DecidedOn = c.DecidedOn,
            AmountGranted = c.AmountGranted,
        }), ct);
        return $"complaint={(p.ComplaintFiled ? "yes" : "no")} outcome={p.Outcome} confiscations={p.Confiscations.Count} claims={p.CompensationClaims.Count}";
    }

    protected override async Task<ProceedingsView> ViewAsync(Guid caseId, string reference, CancellationToken ct)
    {
        var record = await Db.CaseProceedings.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var confiscations = (await Db.ProceedingsConfiscations.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(ct))
            .OrderBy(c => c.OrderedOn).Select(c => new ConfiscationView(c.OrderedOn, c.Amount, c.Description)).ToList();
        var claims = (await Db.CompensationClaims.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(ct))
            .OrderBy(c => c.FiledOn).Select(c => new CompensationClaimView(c.Body, c.FiledOn, c.AmountClaimed, c.DecidedOn, c.AmountGranted)).ToList();
        var sentence = record?.SentencePrisonMonths is { } prison
            ? new SentenceView(prison, record.SentenceSuspendedMonths ?? 0, record.SentenceFine ?? 0m, record.SentenceOther)
            : null;
        // The pimping-vs-trafficking warning on the offences actually recorded (OSCE ¶31, ¶57): procuring charged
        // alone while a stored qualification advice meets trafficking's elements or a screening is indicative.
        var offences = record?.OffencesCharged ?? [];
        var traffickingIndicated = await Db.CaseQualifications.AsNoTracking().AnyAsync(q => q.CaseId == caseId && q.Trafficking, ct)
            || await Db.CaseScreenings.AsNoTracking().AnyAsync(s => s.CaseId == caseId && s.Verdict == Domain.Screening.ScreeningVerdict.Indicative, ct);
        var language = Platform.Localization.LocalizationSetup.CurrentLanguage;
        var warning = Domain.Qualification.RecordedCharges.PimpingOnlyWarning(offences, traffickingIndicated) is { } w
            ? new Qualification.WarningView(w.Code, w.Text.In(language), w.LegalReference)
            : null;
        return new ProceedingsView(caseId, reference, record?.ComplaintFiledOn, record?.Unit, record?.OtherUnit, record?.OffencesCharged ?? [],
            record?.Outcome ?? Domain.Proceedings.ProceedingsOutcome.Pending, record?.DecidedOn, record?.FinalOn, sentence, confiscations, claims, record?.Version ?? 0,
            record?.OffenceOn, record?.TestimonyGivenOn, record?.TiesSevered,
            record?.AccusedStatus is { } status
                ? new NonPunishmentView(status, record.NonPunishmentNoteOn, record.NonPunishmentOutcome ?? Domain.Proceedings.NonPunishmentOutcome.Pending)
                : null,
            warning, Domain.Qualification.RecordedCharges.Classify(offences));
    }
}
