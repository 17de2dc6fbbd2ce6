using Passerelle.Domain.Agencies;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Agencies;

/// <summary>An organisation taking part in the NRM. Users and cases belong to exactly one agency.</summary>
public sealed class Agency : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public AgencyType Type { get; set; }

    /// <summary>The département the agency works in, or null for a national agency.</summary>
    public string? Departement { get; set; }

    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
