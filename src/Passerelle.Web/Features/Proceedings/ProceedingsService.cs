using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Proceedings;

public enum ProceedingsOutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Stale,
}

public sealed record ProceedingsResult(ProceedingsOutcomeKind Outcome, ProceedingsView? View = null, Dictionary<string, string[]>? Errors = null);

/// <summary>
/// Reads and replaces a case's criminal proceedings. The holding agency reads and its case managers write; the
/// coordinator reads (no identifying data here). Deadlines and statistics follow by themselves: the rows are case facts.
/// </summary>
public sealed class ProceedingsService(PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public static bool MayWrite(CurrentUser user) => user.IsSignedIn && user.Role == Role.CaseManager;

    public async Task<ProceedingsView?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var reference = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        if (reference is null)
        {
            return null;
        }

        audit.Record(AuditEventType.ProceedingsViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(caseId, reference, ct);
    }

    /// <param name="expectedVersion">The version read (0 before the first save): a concurrent change answers <see cref="ProceedingsOutcomeKind.Stale"/>.</param>
    public async Task<ProceedingsResult> ReplaceAsync(Guid caseId, ProceedingsInput input, int expectedVersion, CancellationToken ct)
    {
        var reference = await db.Cases.VisibleTo(user).Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        if (reference is null)
        {
            return new(ProceedingsOutcomeKind.NotFound);
        }

        if (!MayWrite(user))
        {
            return new(ProceedingsOutcomeKind.Forbidden);
        }

        var errors = ProceedingsMapping.Validate(input, Today);
        if (errors.Count > 0)
        {
            return new(ProceedingsOutcomeKind.Invalid, Errors: errors);
        }

        var record = await db.CaseProceedings.FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        if ((record?.Version ?? 0) != expectedVersion)
        {
            return new(ProceedingsOutcomeKind.Stale);
        }

        if (record is null)
        {
            record = new CaseProceedings { CaseId = caseId };
            db.CaseProceedings.Add(record);
        }

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
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        record.UpdatedBy = user.Id;
        // Touch the record even when only the rows change, so its version (the ETag) moves.
        db.Entry(record).State = db.Entry(record).State == EntityState.Added ? EntityState.Added : EntityState.Modified;

        db.ProceedingsConfiscations.RemoveRange(await db.ProceedingsConfiscations.Where(c => c.CaseId == caseId).ToListAsync(ct));
        db.CompensationClaims.RemoveRange(await db.CompensationClaims.Where(c => c.CaseId == caseId).ToListAsync(ct));
        db.ProceedingsConfiscations.AddRange(p.Confiscations.Select(c => new Confiscation
        {
            CaseId = caseId,
            OrderedOn = c.OrderedOn,
            Amount = c.Amount,
            Description = c.Description,
        }));
        db.CompensationClaims.AddRange(p.CompensationClaims.Select(c => new CompensationClaim
        {
            CaseId = caseId,
            Body = c.Body,
            FiledOn = c.FiledOn,
            AmountClaimed = c.AmountClaimed,
            DecidedOn = c.DecidedOn,
            AmountGranted = c.AmountGranted,
        }));

        audit.Record(AuditEventType.ProceedingsUpdated, caseId,
            $"{reference} complaint={(p.ComplaintFiled ? "yes" : "no")} outcome={p.Outcome} confiscations={p.Confiscations.Count} claims={p.CompensationClaims.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return new(ProceedingsOutcomeKind.Ok, await ViewAsync(caseId, reference, ct));
    }

    private async Task<ProceedingsView> ViewAsync(Guid caseId, string reference, CancellationToken ct)
    {
        var record = await db.CaseProceedings.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var confiscations = (await db.ProceedingsConfiscations.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(ct))
            .OrderBy(c => c.OrderedOn).Select(c => new ConfiscationView(c.OrderedOn, c.Amount, c.Description)).ToList();
        var claims = (await db.CompensationClaims.AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync(ct))
            .OrderBy(c => c.FiledOn).Select(c => new CompensationClaimView(c.Body, c.FiledOn, c.AmountClaimed, c.DecidedOn, c.AmountGranted)).ToList();
        // The pimping-vs-trafficking warning on the offences actually recorded (OSCE ¶31, ¶57): procuring charged
        // alone while a stored qualification advice meets trafficking's elements or a screening is indicative.
        var offences = record?.OffencesCharged ?? [];
        var traffickingIndicated = await db.CaseQualifications.AsNoTracking().AnyAsync(q => q.CaseId == caseId && q.Trafficking, ct)
            || await db.CaseScreenings.AsNoTracking().AnyAsync(s => s.CaseId == caseId && s.Verdict == Domain.Screening.ScreeningVerdict.Indicative, ct);
        var language = Platform.Localization.LocalizationSetup.CurrentLanguage;
        var warning = Domain.Qualification.RecordedCharges.PimpingOnlyWarning(offences, traffickingIndicated) is { } w
            ? new Qualification.WarningView(w.Code, w.Text.In(language), w.LegalReference)
            : null;
        var sentence = record?.SentencePrisonMonths is { } prison
            ? new SentenceView(prison, record.SentenceSuspendedMonths ?? 0, record.SentenceFine ?? 0m, record.SentenceOther)
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
