using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Audit;
using Passerelle.Domain.LegalSteps;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.LegalSteps;

/// <summary>
/// Legal steps of a case, scoped like rights and proceedings: the holding agency (and the child-welfare agency that
/// leads a child's case) reads and its screeners and case managers record (<see cref="CaseScoping.VisibleTo(IQueryable{Case}, CurrentUser)"/>);
/// the coordinator reads. Every read and write is audited. The place of a confidential placement is encrypted with
/// <see cref="CaseIdentityProtector"/> and shown only to users <see cref="CaseGuard"/> lets read the identity.
/// </summary>
public sealed class LegalStepsService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, Children.CaseAge caseAge, CaseIdentityProtector protector, CaseGuard guard)
{
    private DateOnly Today => clock.Today();

    public async Task<PagedList<LegalStepView>?> ListAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.LegalStepsViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        var steps = await db.Set<LegalStepRecord>().AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderBy(s => s.On).ThenBy(s => s.RecordedAt).ThenBy(s => s.Id).ToPageAsync(paging, ct);
        return await steps.SelectAsync(async page => (IReadOnlyList<LegalStepView>)await ViewsAsync(found, page, ct));
    }

    public async Task<WriteResult<LegalStepView>> RecordAsync(Guid caseId, LegalStepInput input, CancellationToken ct)
    {
        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (input.Kind is null || input.On is null)
        {
            var missing = new Dictionary<string, string[]>();
            if (input.Kind is null)
            {
                missing["kind"] = ["The kind of step is required."];
            }

            if (input.On is null)
            {
                missing["on"] = ["The date of the step is required."];
            }

            return WriteError.Invalid(missing, "legal-step.invalid");
        }

        var earlier = (await db.Set<LegalStepRecord>().AsNoTracking().Where(s => s.CaseId == caseId).Select(s => new { s.Kind, s.On }).ToListAsync(ct))
            .GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Min(s => s.On));
        var facts = new LegalStepFacts(input.Kind.Value, input.On.Value, input.Language?.Trim().ToLowerInvariant(), input.Interpreter,
            string.IsNullOrWhiteSpace(input.Recipient) ? null : input.Recipient.Trim(),
            input.Kind == LegalStepKind.ProsecutorReport ? input.Outcome ?? ProsecutorOutcome.Pending : input.Outcome, input.OutcomeOn,
            input.Level, string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            string.IsNullOrWhiteSpace(input.InformedBy) ? null : input.InformedBy.Trim());
        var errors = LegalStepRules.Validate(facts, Today, earlier);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "legal-step.invalid");
        }

        if (LegalStepRules.IsForChildren(facts.Kind) && (await caseAge.DecideAsync(found, ct)).Population != Population.Child)
        {
            const string NotAChild = "This step concerns a child: the case is not that of a child or presumed child.";
            return WriteError.Conflict("legal-step.not-a-child", ProblemTexts.NotAllowedForThisCase, NotAChild, new Dictionary<string, string[]> { ["kind"] = [NotAChild] });
        }

        var step = new LegalStepRecord
        {
            CaseId = caseId,
            Kind = facts.Kind,
            On = facts.On,
            Language = facts.Kind == LegalStepKind.RightsInformation ? facts.Language : null,
            Interpreter = facts.Kind == LegalStepKind.RightsInformation ? facts.Interpreter : null,
            Recipient = facts.Recipient,
            InformedBy = facts.Kind == LegalStepKind.RightsInformation ? facts.InformedBy : null,
            Outcome = facts.Outcome,
            OutcomeOn = facts.OutcomeOn,
            Level = facts.Level,
            ProtectedPlace = protector.ProtectText(facts.Place),
            RecordedBy = user.Id,
            AgencyId = user.AgencyId,
            AgencyType = user.AgencyType,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<LegalStepRecord>().Add(step);
        audit.Record(AuditEventType.LegalStepRecorded, caseId, $"{found.Reference} kind={ApiEnum.Name(step.Kind)} on={step.On:yyyy-MM-dd}");
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await ViewsAsync(found, [step], ct))[0]);
    }

    /// <summary>The prosecutor's answer to a report (CPP art. 40-2: the prosecutor tells the reporting authority what follows).</summary>
    public async Task<WriteResult<LegalStepView>> RecordOutcomeAsync(Guid caseId, Guid stepId, ProsecutorOutcomeInput input, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var step = found is null ? null : await db.Set<LegalStepRecord>().FirstOrDefaultAsync(s => s.Id == stepId && s.CaseId == caseId, ct);
        if (found is null || step is null)
        {
            return WriteError.NotFound();
        }

        if (step.Kind != LegalStepKind.ProsecutorReport)
        {
            const string NotAReport = "Only a report to the prosecutor has an outcome.";
            return WriteError.Conflict("legal-step.not-a-report", ProblemTexts.NotAllowedForThisStep, NotAReport, new Dictionary<string, string[]> { ["outcome"] = [NotAReport] });
        }

        if (input.Outcome is null)
        {
            return WriteError.Invalid("outcome", "The outcome is required.", "legal-step.invalid");
        }

        var errors = LegalStepRules.ValidateOutcome(step.On, input.Outcome, input.OutcomeOn, Today);
        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "legal-step.invalid");
        }

        step.Outcome = input.Outcome;
        step.OutcomeOn = input.Outcome == ProsecutorOutcome.Pending ? null : input.OutcomeOn;
        audit.Record(AuditEventType.LegalStepOutcomeRecorded, caseId, $"{found.Reference} outcome={ApiEnum.Name(input.Outcome.Value)}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync(found, [step], ct))[0];
    }

    private async Task<List<LegalStepView>> ViewsAsync(Case found, IReadOnlyList<LegalStepRecord> steps, CancellationToken ct)
    {
        // The confidential place says where the person hides from the exploiters: identifying, so only for readers of the identity.
        var readsPlace = steps.Any(s => s.ProtectedPlace is not null) && await guard.MayAsync(found, CaseOperations.ReadIdentity, ct);
        var userIds = steps.Select(s => s.RecordedBy).Distinct().ToList();
        var agencyIds = steps.Select(s => s.AgencyId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return steps.Select(s => new LegalStepView(s.Id, s.Kind, s.On, s.Language, s.Interpreter, s.Recipient, s.Outcome, s.OutcomeOn,
            users.GetValueOrDefault(s.RecordedBy, "?"), agencies.GetValueOrDefault(s.AgencyId, "?"), s.AgencyType, s.RecordedAt,
            s.Level, readsPlace ? protector.UnprotectText(s.ProtectedPlace) : null, s.ProtectedPlace is not null && !readsPlace, s.InformedBy)).ToList();
    }
}
