using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// A referral as stored. Status, service and the accepted date are plain columns so statistics can count people
/// sheltered and assisted. The guardian's name and the reason may identify someone: encrypted.
/// </summary>
public sealed class CaseReferral : ICaseFact, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public Guid ProviderId { get; init; }
    public ServiceType Service { get; init; }
    public Population Population { get; init; }
    public ReferralStatus Status { get; private set; }
    public DateOnly SentOn { get; init; }
    public Guid SentBy { get; init; }

    /// <summary>The agency that sent it, the case's holder: its users see it as outgoing.</summary>
    public Guid SentByAgencyId { get; init; }

    public DateOnly? ConsentGivenOn { get; init; }
    public string? ConsentLanguage { get; init; }
    public string? ConsentExplainedBy { get; init; }
    public DateOnly? GuardianInformedOn { get; private set; }
    public string? ProtectedGuardian { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? ProtectedReason { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public Guid UpdatedBy { get; private set; }
    public int Version { get; set; }

    public static CaseReferral From(Referral referral, Guid caseId, Guid providerId, Guid userId, Guid agencyId, string? protectedGuardian, DateTime now)
    {
        var stored = new CaseReferral
        {
            CaseId = caseId,
            ProviderId = providerId,
            Service = referral.Service,
            Population = referral.Population,
            SentOn = referral.SentOn,
            SentBy = userId,
            SentByAgencyId = agencyId,
            ConsentGivenOn = referral.Consent?.GivenOn,
            ConsentLanguage = referral.Consent?.Language.Trim(),
            ConsentExplainedBy = referral.Consent?.ExplainedBy.Trim(),
        };
        stored.Update(referral, null, userId, now);
        stored.GuardianInformedOn = referral.GuardianNotice?.InformedOn;
        stored.ProtectedGuardian = protectedGuardian;
        return stored;
    }

    /// <param name="guardian">The guardian's name, decrypted: the domain object needs it only to be well formed.</param>
    public Referral ToDomain(string? guardian, string? reason) => Referral.Restore(
        Service,
        Population,
        SentOn,
        ConsentGivenOn is { } given ? new InformedConsent(given, ConsentLanguage ?? "", ConsentExplainedBy ?? "") : null,
        GuardianInformedOn is { } informed ? new GuardianNotice(informed, guardian ?? "") : null,
        Status,
        AcceptedOn,
        EndedOn,
        reason);

    /// <param name="protectedGuardian">The guardian's name, encrypted like every name.</param>
    public void RecordGuardianNotice(DateOnly informedOn, string? protectedGuardian, Guid userId, DateTime now)
    {
        GuardianInformedOn = informedOn;
        ProtectedGuardian = protectedGuardian;
        UpdatedAt = now;
        UpdatedBy = userId;
    }

    public void Update(Referral referral, string? protectedReason, Guid userId, DateTime now)
    {
        Status = referral.Status;
        AcceptedOn = referral.AcceptedOn;
        EndedOn = referral.EndedOn;
        ProtectedReason = protectedReason;
        UpdatedAt = now;
        UpdatedBy = userId;
    }
}
