using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;

namespace Passerelle.Web.Features.Referrals;

/// <summary>Body of <c>POST /providers</c> and <c>PUT /providers/{id}</c> (whose version goes in <c>If-Match</c>). <c>acceptedSexes</c> empty: everyone.</summary>
public sealed record ProviderInput(
    string? Name,
    List<ServiceType>? Services,
    string? Departement,
    List<string>? Languages,
    bool AcceptsAdults,
    bool AcceptsChildren,
    List<Sex>? AcceptedSexes,
    int PlacesTotal,
    int PlacesOccupied,
    Guid? AgencyId);

public sealed record ProviderView(
    Guid Id,
    string Name,
    IReadOnlyList<ServiceType> Services,
    string Departement,
    IReadOnlyList<string> Languages,
    bool AcceptsAdults,
    bool AcceptsChildren,
    IReadOnlyList<Sex> AcceptedSexes,
    int PlacesTotal,
    int PlacesOccupied,
    int PlacesFree,
    Guid? AgencyId,
    string? AgencyName,
    int Version);

/// <summary>Body of <c>PUT /providers/{id}/capacity</c>: the provider's own count.</summary>
public sealed record CapacityInput(int PlacesTotal, int PlacesOccupied);

public sealed record CapacityReportView(int PlacesTotal, int PlacesOccupied, DateTime ReportedAt, string ReportedBy);

/// <summary>What the directory is searched for; null criteria do not filter.</summary>
public sealed record ProviderQuery(ServiceType? Service, string? Departement, bool FreePlaces, Population? Population, Sex? Sex);

public sealed record ConsentInput(DateOnly? GivenOn, string? Language, string? ExplainedBy);

public sealed record GuardianNoticeInput(DateOnly? InformedOn, string? Guardian);

/// <summary>Body of <c>POST /cases/{id}/referrals</c>. An adult's consent is required; a child's guardian notice may follow.</summary>
public sealed record ReferralInput(Guid? ProviderId, ServiceType? Service, ConsentInput? Consent, GuardianNoticeInput? GuardianNotice);

/// <summary>Body of the referral actions; <c>decline</c> needs a reason, <c>withdraw</c> may give one.</summary>
public sealed record ReferralActionInput(string? Reason);

public sealed record ReferralView(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    string Pseudonym,
    Guid ProviderId,
    string ProviderName,
    ServiceType Service,
    Population Population,
    ReferralStatus Status,
    DateOnly SentOn,
    ConsentInput? Consent,
    DateOnly? GuardianInformedOn,
    bool AwaitsGuardianNotice,
    DateOnly? AcceptedOn,
    DateOnly? EndedOn,
    string? Reason,
    IReadOnlyList<ReferralAction> Actions);

/// <summary>What the provider's users see of a case while its referral is active: no legal identity.</summary>
public sealed record ReferredPersonView(
    string Pseudonym, Sex Sex, int? Age, Population Population, string? Nationality, IReadOnlyList<string> Languages);

public sealed record ReferralDetailView(ReferralView Referral, ReferredPersonView Person);

public sealed record ReferralCase(Guid Id, string Reference, string Pseudonym, Sex Sex, Population Population, string Departement);
