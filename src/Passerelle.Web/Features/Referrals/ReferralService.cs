using Microsoft.EntityFrameworkCore;
using Passerelle.Domain;
using Passerelle.Domain.Access;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Children;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// Referrals of cases to service providers. The case's holding agency sends and withdraws; the provider's agency
/// accepts, declines and completes, and reads the referred person's needed facts only while the referral is active.
/// Places are taken and freed by conditional updates in the same transaction as the referral and its audit entry,
/// so no provider goes over capacity even under concurrent accepts.
/// </summary>
public sealed class ReferralService(
    PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, CaseAge age, TimeProvider clock, Cases.CaseGuard guard,
    Notifications.Notifier notifier)
{
    private static WriteError NotYours => WriteError.Forbidden("referral.not-yours", ProblemTexts.NotYours);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => clock.Today();

    public Task<WriteResult<ReferralView>> SendAsync(Guid caseId, ReferralInput input, CancellationToken ct) =>
        Write.Catching(() => SendCoreAsync(caseId, input, ct));

    private async Task<WriteResult<ReferralView>> SendCoreAsync(Guid caseId, ReferralInput input, CancellationToken ct)
    {
        var found = await db.Cases.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null || !user.CanWriteCases)
        {
            return found is null ? WriteError.NotFound() : NotYours;
        }

        var errors = new Dictionary<string, string[]>();
        var provider = input.ProviderId is { } providerId ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct) : null;
        if (provider is null)
        {
            errors["providerId"] = ["Choose a provider from the directory."];
        }

        if (input.Service is not { } service || !Enum.IsDefined(service))
        {
            errors["service"] = ["Choose the service asked for."];
        }
        else if (provider is not null && !provider.Services.Contains(service))
        {
            errors["service"] = ["This provider does not offer this service."];
        }

        var population = await PopulationOfAsync(found, ct);
        var consent = input.Consent is null ? null
            : new InformedConsent(input.Consent.GivenOn ?? DateOnly.MinValue, input.Consent.Language ?? "", input.Consent.ExplainedBy ?? "");
        if (input.Consent is { GivenOn: null })
        {
            errors["consentGivenOn"] = ["The date consent was given."];
        }

        var notice = input.GuardianNotice is null ? null
            : new GuardianNotice(input.GuardianNotice.InformedOn ?? Today, input.GuardianNotice.Guardian ?? "");
        foreach (var (field, messages) in ReferralConsentRules.Validate(population, consent, notice, Today))
        {
            errors.TryAdd(field, messages);
        }

        if (provider is not null && !provider.ToDomain().Accepts(population, found.Sex))
        {
            errors["providerId"] = [population == Population.Child ? "This provider does not take this person (a child, or their sex)." : "This provider does not take this person (an adult, or their sex)."];
        }

        if (errors.Count > 0)
        {
            return WriteError.Invalid(errors, "referral.invalid");
        }

        var referral = Referral.Send(input.Service!.Value, population, Today, consent, notice);
        var stored = CaseReferral.From(referral, caseId, provider!.Id, user.Id, found.AgencyId, protector.ProtectText(notice?.Guardian.Trim()), Now);
        db.Referrals.Add(stored);
        audit.Record(AuditEventType.ReferralSent, caseId,
            $"{found.Reference} referral={stored.Id} provider={provider.Id} service={ApiEnum.Name(stored.Service)} population={ApiEnum.Name(population)}");
        await notifier.ReferralSentAsync(provider.Id, caseId, found.Reference, stored.Id, ct);
        await audit.CommitAsync(cancellationToken: ct);
        return Write.Created((await ViewsAsync([stored], ct))[0]);
    }

    public Task<WriteResult<ReferralView>> ActAsync(Guid referralId, ReferralAction action, ReferralActionInput input, CancellationToken ct) =>
        Write.Catching(() => ActCoreAsync(referralId, action, input, ct));

    private async Task<WriteResult<ReferralView>> ActCoreAsync(Guid referralId, ReferralAction action, ReferralActionInput input, CancellationToken ct)
    {
        var stored = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (stored is null)
        {
            return WriteError.NotFound();
        }

        var provider = await db.Providers.AsNoTracking().FirstAsync(p => p.Id == stored.ProviderId, ct);
        var forProvider = user.CanWriteCases && provider.AgencyId == user.AgencyId;
        var forSender = user.CanWriteCases && await db.Cases.VisibleTo(user).AnyAsync(c => c.Id == stored.CaseId, ct);
        var allowed = action == ReferralAction.Withdraw ? forSender : forProvider;
        if (!allowed)
        {
            return forProvider || forSender || await CanSeeAsync(stored, provider, ct) ? NotYours : WriteError.NotFound();
        }

        var referral = stored.ToDomain(protector.UnprotectText(stored.ProtectedGuardian), protector.UnprotectText(stored.ProtectedReason));
        var heldPlace = referral.HoldsPlace;
        var capacity = provider.Capacity;
        // The domain refuses by throwing; ActAsync (Write.Catching) turns it into the one WriteError.
        switch (action)
        {
            case ReferralAction.Accept:
                referral.Accept(capacity, Today);
                break;
            case ReferralAction.Decline:
                referral.Decline(input.Reason ?? "", Today);
                break;
            case ReferralAction.Complete:
                referral.Complete(capacity, Today);
                break;
            case ReferralAction.Withdraw:
                referral.Withdraw(capacity, Today, input.Reason);
                break;
        }

        stored.Update(referral, protector.ProtectText(referral.Reason), user.Id, Now);
        var reference = await db.Cases.Where(c => c.Id == stored.CaseId).Select(c => c.Reference).FirstAsync(ct);
        audit.Record(EventOf(action), stored.CaseId, $"{reference} referral={stored.Id} provider={provider.Id} status={ApiEnum.Name(referral.Status)}");
        try
        {
            await audit.CommitAsync(
                async token =>
                {
                    if (action == ReferralAction.Accept && !await TakePlaceAsync(provider.Id, token))
                    {
                        throw DomainRuleException.Conflict("provider.full", "The provider has no free place.");
                    }

                    if (heldPlace && !referral.HoldsPlace)
                    {
                        await FreePlaceAsync(provider.Id, token);
                    }
                },
                ct);
        }
        catch (Exception failed) when (failed is DomainRuleException or DbUpdateConcurrencyException)
        {
            // Nothing was saved; this request's unit of work is spent (a page shown next must not save it).
            db.ChangeTracker.Clear();
            return WriteError.FromException(failed) ?? WriteError.Conflict("referral.changed", ProblemTexts.NotAllowedNow, ProblemTexts.ReferralChanged);
        }

        return (await ViewsAsync([stored], ct))[0];
    }

    /// <summary>
    /// Records, after a child's referral was sent, that the guardian (or ad hoc administrator) was informed: the
    /// sending agency's task while <see cref="Referral.AwaitsGuardianNotice"/>.
    /// </summary>
    public Task<WriteResult<ReferralView>> RecordGuardianNoticeAsync(Guid referralId, GuardianNoticeInput input, CancellationToken ct) =>
        Write.Catching(() => RecordGuardianNoticeCoreAsync(referralId, input, ct));

    private async Task<WriteResult<ReferralView>> RecordGuardianNoticeCoreAsync(Guid referralId, GuardianNoticeInput input, CancellationToken ct)
    {
        var stored = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (stored is null || !await db.Cases.VisibleTo(user).AnyAsync(c => c.Id == stored.CaseId, ct))
        {
            return WriteError.NotFound();
        }

        if (!user.CanWriteCases)
        {
            return NotYours;
        }

        var referral = stored.ToDomain(protector.UnprotectText(stored.ProtectedGuardian), protector.UnprotectText(stored.ProtectedReason));
        var notice = new GuardianNotice(input.InformedOn ?? Today, input.Guardian ?? "");
        referral.RecordGuardianNotice(notice);

        stored.RecordGuardianNotice(notice.InformedOn, protector.ProtectText(notice.Guardian.Trim()), user.Id, Now);
        var reference = await db.Cases.Where(c => c.Id == stored.CaseId).Select(c => c.Reference).FirstAsync(ct);
        audit.Record(AuditEventType.ReferralGuardianInformed, stored.CaseId, $"{reference} referral={stored.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync([stored], ct))[0];
    }

    /// <summary>What the referral form needs of a case the user may refer; null outside scope.</summary>
    public async Task<ReferralCase?> CaseToReferAsync(Guid caseId, CancellationToken ct) =>
        await db.Cases.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == caseId, ct) is { } found
            ? new ReferralCase(found.Id, found.Reference, found.Pseudonym, found.Sex, await PopulationOfAsync(found, ct), found.Departement)
            : null;

    /// <summary>The case's referrals, for those who see the case; null outside scope.</summary>
    public async Task<PagedList<ReferralView>?> ForCaseAsync(Guid caseId, Paging paging, CancellationToken ct)
    {
        if (!await db.Cases.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == caseId, ct))
        {
            return null;
        }

        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.ReferralsViewed, caseId);
        await audit.CommitAsync(cancellationToken: ct);
        return await referrals.SelectAsync(page => ViewsAsync(page, ct));
    }

    /// <summary>Incoming: to the providers of my agency. Outgoing: sent by my agency.</summary>
    public async Task<PagedList<ReferralView>> MineAsync(bool incoming, ReferralStatus? status, Paging paging, CancellationToken ct)
    {
        var agencyId = user.AgencyId;
        var query = db.Referrals.AsNoTracking();
        query = incoming
            ? query.Where(r => db.Providers.Any(p => p.Id == r.ProviderId && p.AgencyId == agencyId))
            : query.Where(r => r.SentByAgencyId == agencyId);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var referrals = await query.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.ReferralsViewed, details: $"direction={(incoming ? "incoming" : "outgoing")} count={referrals.Total}");
        await audit.CommitAsync(cancellationToken: ct);
        var views = await referrals.SelectAsync(page => ViewsAsync(page, ct));
        // A provider sees who was referred only while the referral is active.
        return incoming ? views.Select(v => v.Status is ReferralStatus.Sent or ReferralStatus.Accepted ? v : v with { Pseudonym = "", Consent = null }) : views;
    }

    /// <summary>
    /// One referral with the facts the provider needs about the person: for the sending side, and for the
    /// provider's users while the referral is active. Null otherwise.
    /// </summary>
    public async Task<ReferralDetailView?> DetailAsync(Guid referralId, CancellationToken ct)
    {
        var stored = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (stored is null)
        {
            return null;
        }

        var provider = await db.Providers.AsNoTracking().FirstAsync(p => p.Id == stored.ProviderId, ct);
        if (!await CanSeeAsync(stored, provider, ct))
        {
            return null;
        }

        var found = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == stored.CaseId, ct);
        var identity = protector.Unprotect(found.ProtectedIdentity);
        var population = await PopulationOfAsync(found, ct);
        // Languages are identifying: the holding agency and the provider of an active referral only, never the coordinator.
        var languages = await guard.MayAsync(found, Cases.CaseOperations.ReadLanguages, ct) ? identity.Languages : [];
        var person = new ReferredPersonView(found.Pseudonym, found.Sex, AgeOf(found, identity.DateOfBirth), population, found.Nationality, languages);
        audit.Record(AuditEventType.ReferredCaseViewed, found.Id, $"{found.Reference} referral={stored.Id}");
        await audit.CommitAsync(cancellationToken: ct);
        return new ReferralDetailView((await ViewsAsync([stored], ct))[0], person);
    }

    private async Task<bool> CanSeeAsync(CaseReferral stored, Provider provider, CancellationToken ct) =>
        (provider.AgencyId == user.AgencyId && CaseAccess.CanRead(user.Role) && stored.Status is ReferralStatus.Sent or ReferralStatus.Accepted)
        || await db.Cases.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == stored.CaseId, ct);

    private async Task<bool> TakePlaceAsync(Guid providerId, CancellationToken ct) =>
        await db.Providers.Where(p => p.Id == providerId && p.PlacesOccupied < p.PlacesTotal)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PlacesOccupied, p => p.PlacesOccupied + 1).SetProperty(p => p.Version, p => p.Version + 1), ct) == 1;

    private async Task FreePlaceAsync(Guid providerId, CancellationToken ct) =>
        await db.Providers.Where(p => p.Id == providerId && p.PlacesOccupied > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PlacesOccupied, p => p.PlacesOccupied - 1).SetProperty(p => p.Version, p => p.Version + 1), ct);

    /// <summary>Child or adult today, age assessments included: a child's referral needs no consent but a guardian notice.</summary>
    private async Task<Population> PopulationOfAsync(Case found, CancellationToken ct) => (await age.DecideAsync(found, ct)).Population;

    /// <summary>The age the provider is told: exact from the date of birth, else the youngest the person can be today.</summary>
    private int? AgeOf(Case found, DateOnly? dateOfBirth) =>
        Age.YoungestAt(Today, dateOfBirth, found.BirthYear, found.EstimatedAge, DateOnly.FromDateTime(found.CreatedAt));

    private static AuditEventType EventOf(ReferralAction action) => action switch
    {
        ReferralAction.Accept => AuditEventType.ReferralAccepted,
        ReferralAction.Decline => AuditEventType.ReferralDeclined,
        ReferralAction.Complete => AuditEventType.ReferralCompleted,
        ReferralAction.Withdraw => AuditEventType.ReferralWithdrawn,
    };

    private async Task<IReadOnlyList<ReferralView>> ViewsAsync(IReadOnlyList<CaseReferral> referrals, CancellationToken ct)
    {
        var caseIds = referrals.Select(r => r.CaseId).Distinct().ToList();
        var providerIds = referrals.Select(r => r.ProviderId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference, c.Pseudonym }).ToDictionaryAsync(c => c.Id, ct);
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return [.. referrals.Select(r => new ReferralView(
            r.Id, r.CaseId, cases[r.CaseId].Reference, cases[r.CaseId].Pseudonym, r.ProviderId, providers[r.ProviderId].Name,
            r.Service, r.Population, r.Status, r.SentOn,
            r.ConsentGivenOn is { } given ? new ConsentInput(given, r.ConsentLanguage, r.ConsentExplainedBy) : null,
            r.GuardianInformedOn, r.Population == Population.Child && r.GuardianInformedOn is null,
            r.AcceptedOn, r.EndedOn, protector.UnprotectText(r.ProtectedReason),
            ReferralTransitions.Allowed(r.Status)))];
    }
}
