using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Identification;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Identification;

/// <summary>
/// Reasonable- and conclusive-grounds decisions by multi-agency panels. The holding agency requests; the panel
/// members (from any agency) decide while the case is before them; status moves only through
/// <see cref="CaseLifecycle"/>.
/// </summary>
public sealed class IdentificationService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, TimeProvider clock,
    Notifications.Notifier notifier)
{
    /// <summary>The state refuses the change; the message stands by the field it concerns.</summary>
    private static WriteError Conflict(string field, string message) =>
        WriteError.Conflict("identification.not-allowed-now", ProblemTexts.NotAllowedNow, message, new Dictionary<string, string[]> { [field] = [message] });

    private DateOnly Today => clock.Today();

    public async Task<WriteResult<IdentificationStepView>> RequestAsync(Guid caseId, IdentificationStage stage, IdentificationRequest request, CancellationToken ct)
    {
        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null)
        {
            return WriteError.NotFound();
        }

        var previous = await db.IdentificationSteps.Where(s => s.CaseId == caseId && s.Stage == stage).ToListAsync(ct);
        var reconsidering = previous.Count > 0 && previous.All(s => s.Outcome is not null) && previous.OrderBy(s => s.RequestedOn).ThenBy(s => s.Reconsideration).Last().Outcome == DecisionOutcome.Negative;
        var caseEvent = (stage, reconsidering) switch
        {
            (IdentificationStage.Rg, false) => CaseEvent.RgRequested,
            (IdentificationStage.Rg, true) => CaseEvent.RgReconsidered,
            (IdentificationStage.Cg, false) => CaseEvent.CgRequested,
            (IdentificationStage.Cg, true) => CaseEvent.CgReconsidered,
        };
        if (CaseLifecycle.Next(found.Status, caseEvent) is null)
        {
            return Conflict("status",
                $"A case in status '{ApiEnum.Name(found.Status)}' cannot be sent for a {ApiEnum.Name(stage)} decision.");
        }

        if (reconsidering && previous.Where(s => s.Reconsideration).Take(CaseLifecycle.MaxReconsiderations + 1).ToList().Count >= CaseLifecycle.MaxReconsiderations)
        {
            return Conflict("status", "A negative decision can be reconsidered only once.");
        }

        if (reconsidering && string.IsNullOrWhiteSpace(request.NewInformation))
        {
            return WriteError.Invalid("newInformation", "A negative decision is reconsidered only on new information: describe it.", "identification.invalid");
        }

        var panelIds = request.Panel ?? [];
        var members = await db.Users.AsNoTracking()
            .Where(u => panelIds.Contains(u.Id) && u.IsActive && (u.Role == Role.Screener || u.Role == Role.CaseManager))
            .Select(u => new PanelMember(u.Id, u.Agency!.Type)).ToListAsync(ct);
        var errors = new List<string>();
        if (members.Count != panelIds.Distinct().Count())
        {
            errors.Add("Every panel member must be an active screener or case manager.");
        }

        errors.AddRange(PanelRules.Validate(panelIds.Select(id => members.FirstOrDefault(m => m.UserId == id) ?? new PanelMember(id, default)).ToList()));
        if (errors.Count > 0)
        {
            return WriteError.Invalid(new Dictionary<string, string[]> { ["panel"] = [.. errors.Distinct()] }, "identification.invalid");
        }

        var rgPositiveOn = stage == IdentificationStage.Cg
            ? await db.IdentificationSteps.Where(s => s.CaseId == caseId && s.Stage == IdentificationStage.Rg && s.Outcome == DecisionOutcome.Positive)
                .Select(s => s.DecidedOn).FirstOrDefaultAsync(ct)
            : null;
        var step = new IdentificationStep
        {
            CaseId = caseId,
            Stage = stage,
            Reconsideration = reconsidering,
            ProtectedNewInformation = protector.ProtectText(request.NewInformation),
            RequestedOn = Today,
            RequestedBy = user.Id,
            PanelMemberIds = [.. panelIds.Distinct()],
            DueOn = stage == IdentificationStage.Rg ? IdentificationTimeline.RgDueOn(Today, found.Departement) : null,
            NotBefore = rgPositiveOn is { } positive ? IdentificationTimeline.CgEarliestOn(positive, found.Departement) : null,
        };
        db.IdentificationSteps.Add(step);
        found.Apply(caseEvent, user.Id, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditEventType.IdentificationRequested, caseId, $"{found.Reference} stage={ApiEnum.Name(stage)} reconsideration={reconsidering}");
        notifier.PanelRequested(step.PanelMemberIds, caseId, found.Reference, step.Id);
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await ViewsAsync([step], ct))[0]);
    }

    /// <summary>
    /// A panel member records their own view with reasons. The panel's decision follows from the views under
    /// <see cref="PanelConsensusRules"/>: the case's status moves only once the panel has decided. The views are
    /// read and the decision applied under the audit lock, so two members answering at once cannot both miss it.
    /// </summary>
    public async Task<WriteResult<IdentificationStepView>> DecideAsync(Guid caseId, IdentificationStage stage, DecisionInput input, CancellationToken ct)
    {
        var step = await db.IdentificationSteps.FirstOrDefaultAsync(s => s.CaseId == caseId && s.Stage == stage && s.Outcome == null, ct);
        var visible = await db.Cases.VisibleTo(user).AnyAsync(c => c.Id == caseId, ct);
        if (step is null || !step.PanelMemberIds.Contains(user.Id))
        {
            return step is null && visible
                ? Conflict("status", $"No {ApiEnum.Name(stage)} decision is pending for this case.")
                : visible ? WriteError.Forbidden("identification.not-a-member", ProblemTexts.NotOnThePanel) : WriteError.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (input.Outcome is null)
        {
            errors["outcome"] = ["The outcome is required: positive or negative."];
        }

        if (string.IsNullOrWhiteSpace(input.Reasons))
        {
            errors["reasons"] = ["A view states its reasons."];
        }
        else if (input.Reasons.Length > 8000)
        {
            errors["reasons"] = ["Reasons have at most 8000 characters."];
        }

        var givenOn = input.DecidedOn ?? Today;
        if (givenOn > Today || givenOn < step.RequestedOn)
        {
            errors["decidedOn"] = ["The decision date is between the request and today."];
        }

        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "identification.invalid");
        }

        if (step.NotBefore is { } notBefore && givenOn < notBefore)
        {
            return Conflict("decidedOn",
                $"The conclusive-grounds decision cannot be taken before the recovery and reflection period ends: not before {notBefore:yyyy-MM-dd}.");
        }

        if (await db.PanelOpinions.AnyAsync(o => o.StepId == step.Id && o.UserId == user.Id, ct))
        {
            return Conflict("outcome", "You have already given your view on this request.");
        }

        var opinion = new PanelOpinion
        {
            StepId = step.Id,
            CaseId = caseId,
            UserId = user.Id,
            AgencyId = user.AgencyId,
            AgencyType = user.AgencyType,
            Outcome = input.Outcome!.Value,
            ProtectedReasons = protector.ProtectText(input.Reasons),
            GivenOn = givenOn,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.PanelOpinions.Add(opinion);
        string? refused = null;
        await audit.CommitAsync(async lockedCt =>
        {
            // Under the lock: the step may have been decided, or this member may have answered, meanwhile.
            var current = await db.IdentificationSteps.AsNoTracking().Where(s => s.Id == step.Id).Select(s => s.Outcome).FirstAsync(lockedCt);
            var others = await db.PanelOpinions.AsNoTracking().Where(o => o.StepId == step.Id).ToListAsync(lockedCt);
            if (current is not null || others.Any(o => o.UserId == user.Id))
            {
                refused = current is not null ? "The panel has already decided on this request." : "You have already given your view on this request.";
                db.PanelOpinions.Remove(opinion);
                return;
            }

            var views = others.Append(opinion).ToList();
            var found = await db.Cases.FirstAsync(c => c.Id == caseId, lockedCt);
            audit.Record(AuditEventType.IdentificationViewGiven, caseId,
                $"{found.Reference} stage={ApiEnum.Name(stage)} view={ApiEnum.Name(opinion.Outcome)} views={views.Count}/{step.PanelMemberIds.Count}");
            var consensus = await ConsensusAsync(step, views, lockedCt);
            if (!consensus.Decided)
            {
                return;
            }

            var outcome = (DecisionOutcome)(int)consensus.Outcome!.Value;
            var caseEvent = (stage, outcome) switch
            {
                (IdentificationStage.Rg, DecisionOutcome.Positive) => CaseEvent.RgDecidedPositive,
                (IdentificationStage.Rg, DecisionOutcome.Negative) => CaseEvent.RgDecidedNegative,
                (IdentificationStage.Cg, DecisionOutcome.Positive) => CaseEvent.CgDecidedPositive,
                (IdentificationStage.Cg, DecisionOutcome.Negative) => CaseEvent.CgDecidedNegative,
            };
            found.Apply(caseEvent, user.Id, clock.GetUtcNow().UtcDateTime);
            step.Outcome = outcome;
            step.Basis = consensus.Basis;
            // The decision's date is the day of the view that completed it; its reasons are those of the members who hold it.
            step.DecidedOn = views.Max(v => v.GivenOn);
            step.DecidedBy = user.Id;
            step.ProtectedReasons = protector.ProtectText(await DecisionReasonsAsync(views.Where(v => v.Outcome == outcome).ToList(), lockedCt));
            audit.Record(AuditEventType.IdentificationDecided, caseId,
                $"{found.Reference} stage={ApiEnum.Name(stage)} outcome={ApiEnum.Name(outcome)} basis={ApiEnum.Name(consensus.Basis)} dissent={consensus.Dissenting.Count}");
        }, ct);
        if (refused is not null)
        {
            return Conflict("outcome", refused);
        }

        // 200 once the panel has decided, 202 with the views so far while it has not.
        var view = (await ViewsAsync([step], ct))[0];
        return view.Decided ? view : Write.Accepted(view);
    }

    private async Task<PanelConsensus> ConsensusAsync(IdentificationStep step, IReadOnlyList<PanelOpinion> opinions, CancellationToken ct)
    {
        // A member who has spoken counts with their agency type of that day; the others with their current one.
        var types = await db.Users.AsNoTracking().Where(u => step.PanelMemberIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Agency!.Type }).ToDictionaryAsync(u => u.Id, u => u.Type, ct);
        var panel = step.PanelMemberIds
            .Select(id => new PanelMember(id, opinions.FirstOrDefault(o => o.UserId == id)?.AgencyType ?? types.GetValueOrDefault(id)))
            .ToList();
        return PanelConsensusRules.Decide(panel,
            opinions.OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).Select(o => new MemberView(o.UserId, o.AgencyType, (PanelOutcome)(int)o.Outcome)).ToList());
    }

    private async Task<string> DecisionReasonsAsync(IReadOnlyList<PanelOpinion> holding, CancellationToken ct)
    {
        var agencyIds = holding.Select(o => o.AgencyId).ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return string.Join("\n", holding.Select(o => $"{names.GetValueOrDefault(o.AgencyId, "?")}: {protector.UnprotectText(o.ProtectedReasons)}"));
    }

    /// <summary>The case's requests and decisions, oldest first; for the holding agency, the coordinator and its panel members.</summary>
    public async Task<PagedList<IdentificationStepView>?> HistoryAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        var visible = await db.Cases.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == caseId, ct);
        var steps = (await db.IdentificationSteps.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct))
            .OrderBy(s => s.RequestedOn).ThenBy(s => s.Stage).ThenBy(s => s.Reconsideration).ToList();
        if (!visible && !steps.Any(s => s.Outcome == null && s.PanelMemberIds.Contains(user.Id)))
        {
            return null;
        }

        audit.Record(AuditEventType.IdentificationViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        // Paged in memory: whether the reader may see the case at all depends on every step (a panel member sees it
        // while before them), and a case has a handful of steps (RG, CG, a reconsideration).
        return await steps.ToPage(paging).SelectAsync(async page => (IReadOnlyList<IdentificationStepView>)await ViewsAsync(page, ct));
    }

    /// <summary>
    /// Requests before a panel the current user sits on that the panel has not decided yet, oldest due first, with the
    /// views given so far; <see cref="PendingDecision.MyViewGiven"/> tells those that still await the user's own view.
    /// </summary>
    public async Task<IReadOnlyList<PendingDecision>> PendingForMeAsync(CancellationToken ct)
    {
        var open = (await db.IdentificationSteps.AsNoTracking().Where(s => s.Outcome == null).ToListAsync(ct))
            .Where(s => s.PanelMemberIds.Contains(user.Id)).ToList();
        var caseIds = open.Select(s => s.CaseId).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, c.Pseudonym, c.Departement }).ToDictionaryAsync(c => c.Id, ct);
        var views = (await ViewsAsync(open, ct)).ToDictionary(v => v.Id);
        return open
            .Select(s => new PendingDecision(s.Id, s.CaseId, cases[s.CaseId].Reference, cases[s.CaseId].Pseudonym, s.Stage, s.RequestedOn, s.DueOn, s.NotBefore,
                s.DueOn is { } due ? due.DayNumber - Today.DayNumber : null,
                views[s.Id].Views.Any(v => v.UserId == user.Id), views[s.Id].Views))
            .OrderBy(p => p.MyViewGiven)
            .ThenBy(p => p.DueOn ?? p.NotBefore ?? DateOnly.MaxValue)
            .ToList();
    }

    /// <summary>
    /// The coordinator's national view of every undecided request, oldest due first, pseudonymised (reference,
    /// pseudonym, agency, dates and the count of views given). Anyone else: null.
    /// </summary>
    public async Task<IReadOnlyList<NationalPendingDecision>?> PendingNationallyAsync(CancellationToken ct)
    {
        if (user.Role != Role.Coordinator)
        {
            return null;
        }

        var open = await db.IdentificationSteps.AsNoTracking().Where(s => s.Outcome == null)
            .Join(db.CasesFor(user, CaseOperation.Read), s => s.CaseId, c => c.Id, (s, c) => new { Step = s, c.Reference, c.Pseudonym, c.AgencyId })
            .Join(db.Agencies, x => x.AgencyId, a => a.Id, (x, a) => new { x.Step, x.Reference, x.Pseudonym, Agency = a.Name })
            .ToListAsync(ct);
        var stepIds = open.Select(o => o.Step.Id).ToList();
        var views = (await db.PanelOpinions.AsNoTracking().Where(o => stepIds.Contains(o.StepId)).Select(o => o.StepId).ToListAsync(ct))
            .CountBy(id => id).ToDictionary();
        audit.Record(AuditEventType.PendingDecisionsListed, details: $"count={open.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return [.. open.Select(o => new NationalPendingDecision(o.Step.CaseId, o.Reference, o.Pseudonym, o.Agency, o.Step.Stage, o.Step.RequestedOn,
                o.Step.DueOn, o.Step.NotBefore, o.Step.DueOn is { } due ? due.DayNumber - Today.DayNumber : null,
                views.GetValueOrDefault(o.Step.Id), o.Step.PanelMemberIds.Count))
            .OrderBy(p => p.DueOn ?? p.NotBefore ?? DateOnly.MaxValue).ThenBy(p => p.Reference, StringComparer.Ordinal)];
    }

    /// <summary>Who can sit on a panel: active screeners and case managers of active agencies.</summary>
    public async Task<IReadOnlyList<PanelMemberView>> EligibleMembersAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Agency!.IsActive && (u.Role == Role.Screener || u.Role == Role.CaseManager))
            .OrderBy(u => u.Agency!.Name).ThenBy(u => u.DisplayName)
            .Select(u => new PanelMemberView(u.Id, u.DisplayName, u.Agency!.Name, u.Agency.Type))
            .ToListAsync(ct);

    private async Task<List<IdentificationStepView>> ViewsAsync(IReadOnlyList<IdentificationStep> steps, CancellationToken ct)
    {
        var stepIds = steps.Select(s => s.Id).ToList();
        var opinions = (await db.PanelOpinions.AsNoTracking().Where(o => stepIds.Contains(o.StepId)).ToListAsync(ct))
            .OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).ToList();
        var ids = steps.SelectMany(s => s.PanelMemberIds).Concat(opinions.Select(o => o.UserId)).Distinct().ToList();
        var members = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new PanelMemberView(u.Id, u.DisplayName, u.Agency!.Name, u.Agency.Type)).ToListAsync(ct);
        var agencyIds = opinions.Select(o => o.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        // Reasons and new information may describe the person: the coordinator's pseudonymised view leaves them out.
        var showText = user.Role != Role.Coordinator;
        var views = new List<IdentificationStepView>();
        foreach (var s in steps)
        {
            var given = opinions.Where(o => o.StepId == s.Id).ToList();
            var consensus = await ConsensusAsync(s, given, ct);
            var dissenting = s.Outcome is { } decided
                ? given.Where(o => o.Outcome != decided).Select(o => o.UserId).ToHashSet()
                : consensus.Dissenting.ToHashSet();
            views.Add(new IdentificationStepView(
                s.Id, s.Stage, s.Reconsideration, s.RequestedOn, s.DueOn, s.NotBefore,
                s.PanelMemberIds.Select(id => members.First(m => m.UserId == id)).ToList(),
                s.Outcome, s.DecidedOn,
                showText ? protector.UnprotectText(s.ProtectedReasons) : null,
                showText ? protector.UnprotectText(s.ProtectedNewInformation) : null,
                s.Outcome is not null,
                s.Outcome is null ? consensus.Basis : s.Basis,
                given.Select(o =>
                {
                    var member = members.First(m => m.UserId == o.UserId);
                    return new PanelOpinionView(o.UserId, member.DisplayName, agencies.GetValueOrDefault(o.AgencyId, member.AgencyName), o.AgencyType,
                        o.Outcome, showText ? protector.UnprotectText(o.ProtectedReasons) : null, o.GivenOn, dissenting.Contains(o.UserId));
                }).ToList(),
                s.Outcome is null ? s.PanelMemberIds.Where(id => given.All(o => o.UserId != id)).Select(id => members.First(m => m.UserId == id)).ToList() : []));
        }

        return views;
    }
}
