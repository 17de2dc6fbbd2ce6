using Passerelle.Domain.Cases;
using Passerelle.Domain.Referrals;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Referrals;

/// <summary>
/// A service provider of the directory. <see cref="PlacesOccupied"/> changes only through a capacity report or,
/// atomically in the database, when a referral is accepted or ends (see <see cref="CapacityStore"/>).
/// </summary>
public sealed class Provider : IVersioned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public List<ServiceType> Services { get; set; } = [];
    public string Departement { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public bool AcceptsAdults { get; set; }
    public bool AcceptsChildren { get; set; }

    /// <summary>Empty when the provider takes everyone.</summary>
    public List<Sex> AcceptedSexes { get; set; } = [];

    public int PlacesTotal { get; set; }
    public int PlacesOccupied { get; set; }

    /// <summary>The Passerelle agency whose users act for the provider: report capacity, answer referrals.</summary>
    public Guid? AgencyId { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public Domain.Referrals.ServiceProvider ToDomain() =>
        new(Name, Services.ToHashSet(), Departement, Languages, AcceptsAdults, AcceptsChildren, AcceptedSexes.ToHashSet());

    public ProviderCapacity Capacity => new(PlacesTotal, PlacesOccupied);
}

/// <summary>One capacity report by the provider, kept as history.</summary>
public sealed class CapacityReport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ProviderId { get; init; }
    public int PlacesTotal { get; init; }
    public int PlacesOccupied { get; init; }
    public DateTime ReportedAt { get; init; }
    public Guid ReportedBy { get; init; }
}
