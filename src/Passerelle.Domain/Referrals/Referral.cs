using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Referrals;

/// <summary>
/// A case sent to a service provider. Its status changes only through <see cref="Accept"/>, <see cref="Decline"/>,
/// <see cref="Complete"/> and <see cref="Withdraw"/>, which refuse what <see cref="ReferralTransitions"/> does not
/// allow with a <see cref="DomainRuleException"/> (a 409), and take or free a place of the provider's capacity.
/// </summary>
public sealed class Referral
{
    public const int ReasonMaxLength = 1000;

    private Referral(ServiceType service, Population population, DateOnly sentOn, InformedConsent? consent, GuardianNotice? guardianNotice)
    {
        Service = service;
        Population = population;
        SentOn = sentOn;
        Consent = consent;
        GuardianNotice = guardianNotice;
        Status = ReferralStatus.Sent;
    }

    public ServiceType Service { get; }

    /// <summary>Adult or child (presumed) when the referral was sent: it decides whether consent is needed.</summary>
    public Population Population { get; }

    public ReferralStatus Status { get; private set; }

    public DateOnly SentOn { get; }

    public InformedConsent? Consent { get; }

    public GuardianNotice? GuardianNotice { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>The day it was declined, completed or withdrawn.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Why the provider declined, or why the referral was withdrawn.</summary>
    public string? Reason { get; private set; }

    /// <summary>While a referral is active, the provider's users see the case; when it ends, their access ends.</summary>
    public bool IsActive => Status is ReferralStatus.Sent or ReferralStatus.Accepted;

    public bool HoldsPlace => Status == ReferralStatus.Accepted;

    /// <summary>A child's referral whose guardian has not been recorded as informed yet: a task for the case manager.</summary>
    public bool AwaitsGuardianNotice => Population == Population.Child && GuardianNotice is null;

    /// <exception cref="DomainRuleException">Invalid (400) when an adult's consent is missing or incomplete.</exception>
    public static Referral Send(ServiceType service, Population population, DateOnly sentOn, InformedConsent? consent, GuardianNotice? guardianNotice = null)
    {
        if (!Enum.IsDefined(service))
        {
            throw DomainRuleException.Invalid("service", "referral.unknown-service", "Unknown service.");
        }

        var errors = ReferralConsentRules.Validate(population, consent, guardianNotice, sentOn);
        if (errors.Count > 0)
        {
            var (field, messages) = errors.First();
            throw DomainRuleException.Invalid(field, "referral.consent", messages[0]);
        }

        return new Referral(service, population, sentOn, consent, guardianNotice);
    }

    /// <summary>Rebuilds a stored referral as it was saved; for persistence only, it trusts the stored state.</summary>
    public static Referral Restore(
        ServiceType service, Population population, DateOnly sentOn, InformedConsent? consent, GuardianNotice? guardianNotice,
        ReferralStatus status, DateOnly? acceptedOn, DateOnly? endedOn, string? reason) =>
        new(service, population, sentOn, consent, guardianNotice)
        {
            Status = status,
            AcceptedOn = acceptedOn,
            EndedOn = endedOn,
            Reason = reason,
        };

    /// <summary>Takes a place: refused when the provider is full, and then the referral stays sent.</summary>
    public void Accept(ProviderCapacity capacity, DateOnly on)
    {
        var target = Check(ReferralAction.Accept, on);
        capacity.TakePlace();
        Status = target;
        AcceptedOn = on;
    }

    public void Decline(string reason, DateOnly on)
    {
        var target = Check(ReferralAction.Decline, on);
        var why = RequireReason(reason, "A provider that declines says why.");
        Status = target;
        EndedOn = on;
        Reason = why;
    }

    public void Complete(ProviderCapacity capacity, DateOnly on)
    {
        var target = Check(ReferralAction.Complete, on);
        capacity.FreePlace();
        Status = target;
        EndedOn = on;
    }

    /// <param name="capacity">The provider's capacity: an accepted referral frees its place.</param>
    public void Withdraw(ProviderCapacity capacity, DateOnly on, string? reason = null)
    {
        var target = Check(ReferralAction.Withdraw, on);
        if (reason is { Length: > ReasonMaxLength })
        {
            throw DomainRuleException.Invalid("reason", "referral.reason", $"A reason has at most {ReasonMaxLength} characters.");
        }

        if (HoldsPlace)
        {
            capacity.FreePlace();
        }

        Status = target;
        EndedOn = on;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>Records, possibly after the referral was sent, that a child's guardian was informed.</summary>
    public void RecordGuardianNotice(GuardianNotice notice)
    {
        if (ReferralConsentRules.ValidateNotice(notice).FirstOrDefault() is { Key: { } field, Value: { } messages })
        {
            throw DomainRuleException.Invalid(field, "referral.guardian-notice", messages[0]);
        }

        GuardianNotice = notice;
    }

    // Checks everything before any change, so a refused action leaves the referral and the capacity as they were.
    private ReferralStatus Check(ReferralAction action, DateOnly on)
    {
        if (ReferralTransitions.Target(Status, action) is not { } target)
        {
            throw DomainRuleException.Conflict(
                "referral.illegal-transition",
                $"A {Texts.KebabCase.Of(Status)} referral cannot be {Past(action)}.");
        }

        if (on < (AcceptedOn ?? SentOn))
        {
            throw DomainRuleException.Invalid("on", "referral.date", "A referral changes on or after the day of its last change.");
        }

        return target;
    }

    private static string RequireReason(string? reason, string message)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainRuleException.Invalid("reason", "referral.reason", message);
        }

        if (reason.Length > ReasonMaxLength)
        {
            throw DomainRuleException.Invalid("reason", "referral.reason", $"A reason has at most {ReasonMaxLength} characters.");
        }

        return reason.Trim();
    }

    private static string Past(ReferralAction action) => action switch
    {
        ReferralAction.Accept => "accepted",
        ReferralAction.Decline => "declined",
        ReferralAction.Complete => "completed",
        ReferralAction.Withdraw => "withdrawn",
    };
}
