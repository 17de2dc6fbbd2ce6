using Microsoft.EntityFrameworkCore;
using Passerelle.Domain;
using Passerelle.Domain.Access;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// The child mechanism of a case (DOMAIN.md section 6). Every method answers null when the case is outside the
/// user's scope, and throws <see cref="DomainRuleException"/> (400, 403 or 409) before anything is stored. The lead
/// agency is the one set, or by default a child-welfare holding agency (<see cref="ChildProtection.LeadOf"/>); the
/// guardian, best-interests determinations and durable solution are decided by the lead agency and by a holding
/// agency other than the police (<see cref="ChildProtection.MayDecide"/>), 403 <c>child.led-by-child-welfare</c> otherwise.
/// </summary>
public sealed class ChildProtectionService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, MissingChildAlerts alerts, CaseAge caseAge, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    public async Task<ChildProtectionView?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return null;
        }

        audit.Record(AuditEventType.ChildProtectionViewed, caseId, found.Reference);
        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(found, ct);
    }

    /// <summary>Whether the case is a child's today (presumption of minority, then age assessments); null outside scope.</summary>
    public async Task<AgeDecision?> AgeAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is null ? null : await caseAge.DecideAsync(found, ct);
    }

    public Task<WriteResult<ChildProtectionView>> SetLeadAgencyAsync(Guid caseId, LeadAgencyInput input, IfMatch expected, CancellationToken ct) =>
        ChangeAsync(caseId, requireChild: true, decision: false, expected, async (found, record) =>
        {
            var agency = input.AgencyId is { } id ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.IsActive, ct) : null;
            if (agency is null || !ChildProtection.CanLead(agency.Type, Domain.Screening.Population.Child))
            {
                throw DomainRuleException.Invalid("agencyId", "child.lead-agency", "A child's case is led by an active child-welfare agency.");
            }

            record.LeadAgencyId = agency.Id;
            audit.Record(AuditEventType.ChildLeadAgencySet, caseId, $"{found.Reference} lead={agency.Id}");
        }, ct);

    public Task<WriteResult<ChildProtectionView>> AppointGuardianAsync(Guid caseId, GuardianInput input, IfMatch expected, CancellationToken ct) =>
        ChangeAsync(caseId, requireChild: true, decision: true, expected, (found, record) =>
        {
            var kind = input.Kind ?? throw DomainRuleException.Invalid("kind", "child.guardian", "Say what kind of guardian this is.");
            var appointedOn = NotInFuture(input.AppointedOn ?? Today, "appointedOn");
            var guardian = new Guardian(kind, input.Name?.Trim() ?? "", appointedOn);
            new ChildProtection().AppointGuardian(guardian);
            record.GuardianKind = kind;
            record.ProtectedGuardianName = protector.ProtectText(guardian.Name);
            record.GuardianAppointedOn = appointedOn;
            audit.Record(AuditEventType.ChildGuardianAppointed, caseId, $"{found.Reference} kind={ApiEnum.Name(kind)}");
            return Task.CompletedTask;
        }, ct);

    /// <summary>Allowed whatever the age decision: an assessment is what can settle it.</summary>
    public Task<WriteResult<ChildProtectionView>> AddAgeAssessmentAsync(Guid caseId, AgeAssessmentInput input, CancellationToken ct) =>
        ChangeAsync(caseId, requireChild: false, decision: false, null, (found, _) =>
        {
            var method = input.Method ?? throw DomainRuleException.Invalid("method", "child.age-assessment", "Say how the age was assessed.");
            var result = input.Result ?? throw DomainRuleException.Invalid("result", "child.age-assessment", "Give the result: minor, adult or inconclusive.");
            var on = NotInFuture(input.On ?? throw DomainRuleException.Invalid("on", "child.age-assessment", "Give the assessment date."), "on");
            db.AgeAssessments.Add(new AgeAssessmentRecord
            {
                CaseId = caseId,
                On = on,
                Method = method,
                Result = result,
                AssessedBy = Trimmed(input.AssessedBy, 200, "assessedBy"),
                RecordedBy = user.Id,
            });
            audit.Record(AuditEventType.AgeAssessmentRecorded, caseId, $"{found.Reference} method={ApiEnum.Name(method)} result={ApiEnum.Name(result)}");
            return Task.CompletedTask;
        }, ct);

    public Task<WriteResult<ChildProtectionView>> AddBestInterestsAsync(Guid caseId, BestInterestsInput input, CancellationToken ct) =>
        ChangeAsync(caseId, requireChild: true, decision: true, null, (found, _) =>
        {
            var on = NotInFuture(input.On ?? Today, "on");
            var participants = (input.Participants ?? []).Select(p => p?.Trim() ?? "").ToList();
            var determination = new BestInterestsDetermination(on, participants, input.Conclusion?.Trim() ?? "");
            new ChildProtection().RecordBestInterestsDetermination(determination);
            Trimmed(input.Conclusion, 8000, "conclusion");
            db.BestInterestsDeterminations.Add(new BestInterestsRecord
            {
                CaseId = caseId,
                On = on,
                ProtectedParticipants = protector.ProtectText(string.Join('\n', participants))!,
                ProtectedConclusion = protector.ProtectText(determination.Conclusion)!,
                RecordedBy = user.Id,
            });
            audit.Record(AuditEventType.BestInterestsDetermined, caseId, $"{found.Reference} on={on:yyyy-MM-dd}");
            return Task.CompletedTask;
        }, ct);

    /// <summary>Guarded: 409 <c>child.best-interests-required</c> without a prior best-interests determination.</summary>
    public Task<WriteResult<ChildProtectionView>> RecordDurableSolutionAsync(Guid caseId, DurableSolutionInput input, IfMatch expected, CancellationToken ct) =>
        ChangeAsync(caseId, requireChild: true, decision: true, expected, async (found, record) =>
        {
            var type = input.Type ?? throw DomainRuleException.Invalid("type", "child.durable-solution", "Choose integration, relocation or return.");
            var decidedOn = NotInFuture(input.DecidedOn ?? Today, "decidedOn");
            var country = string.IsNullOrWhiteSpace(input.Country) ? null : input.Country.Trim().ToUpperInvariant();
            var protection = new ChildProtection();
            var dates = await db.BestInterestsDeterminations.AsNoTracking().Where(d => d.CaseId == caseId).Select(d => d.On).ToListAsync(ct);
            foreach (var on in dates.Order())
            {
                protection.RecordBestInterestsDetermination(new(on, ["-"], "-"));
            }

            if (record.SolutionType is { } previous)
            {
                protection.RecordDurableSolution(new(previous, record.SolutionDecidedOn!.Value, record.SolutionCountry));
            }

            protection.RecordDurableSolution(new(type, decidedOn, country));
            record.SolutionType = type;
            record.SolutionDecidedOn = decidedOn;
            record.SolutionCountry = country;
            audit.Record(AuditEventType.DurableSolutionRecorded, caseId, $"{found.Reference} type={ApiEnum.Name(type)} country={country}");
        }, ct);

    /// <summary>Reports a disappearance and alerts, in the same save, the users <see cref="MissingChildAlerts"/> names.</summary>
    public async Task<WriteResult<ChildProtectionView>> ReportMissingAsync(Guid caseId, MissingReportInput input, CancellationToken ct)
    {
        var view = await ChangeAsync(caseId, requireChild: true, decision: false, null, async (found, record) =>
        {
            var now = clock.GetUtcNow().ToUniversalTime();
            var reportedAt = (input.ReportedAt ?? now).ToUniversalTime();
            if (reportedAt > now)
            {
                throw DomainRuleException.Invalid("reportedAt", "missing.date", "A disappearance is reported after it happened, not in the future.");
            }

            var episode = MissingEpisode.Report(reportedAt, input.LastSeenAt ?? "", input.ReportedBy ?? "");
            Trimmed(episode.LastSeenAt, 500, "lastSeenAt");
            Trimmed(episode.ReportedBy, 200, "reportedBy");
            var detecting = await db.Agencies.AsNoTracking().Where(a => a.Id == found.AgencyId).Select(a => a.Type).FirstAsync(ct);
            var stored = MissingEpisodeRecord.From(caseId, episode, user.Id, MissingChildAlerts.IsPolice(detecting) ? found.AgencyId : null);
            db.MissingEpisodes.Add(stored);
            audit.Record(AuditEventType.MissingEpisodeReported, caseId, $"{found.Reference} episode={stored.Id}");
            await alerts.SendAsync(found, ChildProtection.LeadOf(record.LeadAgencyId, found.AgencyId, detecting), stored, ct);
        }, ct);
        await alerts.MailAsync(ct);
        return view;
    }

    public Task<WriteResult<ChildProtectionView>> MarkFoundAsync(Guid caseId, Guid episodeId, MissingUpdateInput input, CancellationToken ct) =>
        UpdateEpisodeAsync(caseId, episodeId, (episode, now) =>
        {
            episode.MarkFound(input.At?.ToUniversalTime() ?? now, input.Where);
            return AuditEventType.MissingEpisodeFound;
        }, ct);

    public Task<WriteResult<ChildProtectionView>> CloseAsync(Guid caseId, Guid episodeId, MissingUpdateInput input, CancellationToken ct) =>
        UpdateEpisodeAsync(caseId, episodeId, (episode, now) =>
        {
            episode.Close(input.At?.ToUniversalTime() ?? now, input.Reason);
            return AuditEventType.MissingEpisodeClosed;
        }, ct);

    private async Task<WriteResult<ChildProtectionView>> UpdateEpisodeAsync(
        Guid caseId, Guid episodeId, Func<MissingEpisode, DateTimeOffset, AuditEventType> change, CancellationToken ct)
    {
        if (!await db.MissingEpisodes.AnyAsync(e => e.Id == episodeId && e.CaseId == caseId, ct))
        {
            return WriteError.NotFound();
        }

        return await ChangeAsync(caseId, requireChild: false, decision: false, null, async (found, _) =>
        {
            var stored = await db.MissingEpisodes.FirstAsync(e => e.Id == episodeId, ct);
            var now = clock.GetUtcNow().ToUniversalTime();
            var episode = stored.ToDomain();
            var type = change(episode, now);
            if ((episode.FoundAt ?? episode.ClosedAt) > now)
            {
                throw DomainRuleException.Invalid("at", "missing.date", "This cannot be in the future.");
            }

            stored.CopyFrom(episode);
            audit.Record(type, caseId, $"{found.Reference} episode={episodeId} status={ApiEnum.Name(episode.Status)}");
        }, ct);
    }

    /// <param name="decision">A decision for the child (guardian, best interests, durable solution): <see cref="ChildProtection.MayDecide"/>.</param>
    /// <param name="expected">For a replacement of the record's own fields (lead agency, guardian, durable solution), the version read
    /// (0 before the first save): 412 when someone changed it since. Additions (assessments, determinations, episodes) take none.</param>
    private Task<WriteResult<ChildProtectionView>> ChangeAsync(
        Guid caseId, bool requireChild, bool decision, IfMatch? expected, Func<Case, ChildProtectionRecord, Task> change, CancellationToken ct) =>
        Write.Catching(() => ChangeOrRefuseAsync(caseId, requireChild, decision, expected, change, ct));

    private async Task<WriteResult<ChildProtectionView>> ChangeOrRefuseAsync(
        Guid caseId, bool requireChild, bool decision, IfMatch? expected, Func<Case, ChildProtectionRecord, Task> change, CancellationToken ct)
    {
        if (!CaseAccess.CanWrite(user.Role))
        {
            return WriteError.NotFound();
        }

        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        if (requireChild && (await caseAge.DecideAsync(found, ct)).Population != Domain.Screening.Population.Child)
        {
            throw DomainRuleException.Conflict("child.not-a-child", "The child mechanism applies to a child, or to a person whose age is disputed, until an age assessment says they are an adult.");
        }

        var record = await db.ChildProtectionRecords.FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        if (decision && !await MayDecideAsync(found, record?.LeadAgencyId, ct))
        {
            throw DomainRuleException.Forbidden(
                "child.led-by-child-welfare",
                "A child's guardian, best interests and durable solution are decided by the lead child-welfare agency, not the police: set the lead agency.");
        }

        if (expected is not null && (record?.Version ?? 0) != expected.Version)
        {
            return WriteError.Stale("child.stale", ProblemTexts.ChildProtectionStale);
        }

        if (record is null)
        {
            record = new ChildProtectionRecord { CaseId = caseId };
            if (requireChild)
            {
                db.ChildProtectionRecords.Add(record);
            }
        }

        await change(found, record);

        await audit.CommitAsync(cancellationToken: ct);
        return await ViewAsync(found, ct);
    }

    private Task<AgencyType> HoldingTypeAsync(Case found, CancellationToken ct) =>
        db.Agencies.AsNoTracking().Where(a => a.Id == found.AgencyId).Select(a => a.Type).FirstAsync(ct);

    private async Task<bool> MayDecideAsync(Case found, Guid? setLead, CancellationToken ct)
    {
        var holding = await HoldingTypeAsync(found, ct);
        return ChildProtection.MayDecide(user.AgencyId, ChildProtection.LeadOf(setLead, found.AgencyId, holding), found.AgencyId, holding);
    }

    private async Task<ChildProtectionView> ViewAsync(Case found, CancellationToken ct)
    {
        var caseId = found.Id;
        var age = await caseAge.DecideAsync(found, ct);
        var record = await db.ChildProtectionRecords.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId, ct);
        var holding = await HoldingTypeAsync(found, ct);
        var leadAgencyId = ChildProtection.LeadOf(record?.LeadAgencyId, found.AgencyId, holding);
        var lead = leadAgencyId is { } leadId
            ? await db.Agencies.AsNoTracking().Where(a => a.Id == leadId).Select(a => new LeadAgencyView(a.Id, a.Name, a.Type)).FirstAsync(ct)
            : null;
        var assessments = await db.AgeAssessments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(ct);
        var determinations = await db.BestInterestsDeterminations.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var episodes = await db.MissingEpisodes.AsNoTracking().Where(e => e.CaseId == caseId).ToListAsync(ct);
        var episodeIds = episodes.Select(e => e.Id).ToList();
        var alerted = await db.Alerts.AsNoTracking().Where(a => a.SubjectId != null && episodeIds.Contains(a.SubjectId.Value))
            .GroupBy(a => a.SubjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
        // The guardian's name and the determinations' text may identify the child: not in the pseudonymised view.
        var showText = CaseAccess.SeesIdentifyingFields(user.Role);
        return new ChildProtectionView(
            caseId,
            found.Reference,
            age.Population == Domain.Screening.Population.Child,
            age.Basis,
            lead,
            lead is not null && record?.LeadAgencyId is null,
            lead is null && age.Population == Domain.Screening.Population.Child,
            CaseAccess.CanWrite(user.Role) && ChildProtection.MayDecide(user.AgencyId, leadAgencyId, found.AgencyId, holding),
            record?.GuardianKind is { } kind ? new GuardianView(kind, showText ? protector.UnprotectText(record.ProtectedGuardianName) : null, record.GuardianAppointedOn!.Value) : null,
            [.. assessments.OrderBy(a => a.On).Select(a => new AgeAssessmentView(a.Id, a.On, a.Method, a.Result, a.AssessedBy, a.ToDomain().IsConclusive))],
            [.. determinations.OrderBy(d => d.On).Select(d => new BestInterestsView(d.Id, d.On,
                showText ? protector.UnprotectText(d.ProtectedParticipants)!.Split('\n') : null,
                showText ? protector.UnprotectText(d.ProtectedConclusion) : null))],
            record?.SolutionType is { } type ? new DurableSolutionView(type, record.SolutionDecidedOn!.Value, record.SolutionCountry) : null,
            [.. episodes.OrderByDescending(e => e.ReportedOn).ThenByDescending(e => e.Id).Select(e => new MissingEpisodeView(
                e.Id, e.Status, e.ReportedAt, e.ReportedOn, e.LastSeenAt, e.ReportedBy, e.AlertedAt, alerted.GetValueOrDefault(e.Id), e.FoundAt, e.FoundWhere, e.ClosedAt, e.ClosingReason))],
            record?.Version ?? 0);
    }

    private DateOnly NotInFuture(DateOnly date, string field) =>
        date <= Today ? date : throw DomainRuleException.Invalid(field, "child.date", "This date cannot be in the future.");

    private static string? Trimmed(string? text, int max, string field) =>
        text is { Length: var length } && length > max
            ? throw DomainRuleException.Invalid(field, "child.length", TooLong(max))
            : string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Literal messages, so that each has its French (an interpolated one could not be checked).</summary>
    private static string TooLong(int max) => max switch
    {
        200 => "At most 200 characters.",
        500 => "At most 500 characters.",
        _ => "At most 8000 characters.",
    };
}
