namespace Passerelle.Web.Features.Qualification;

/// <summary>
/// A legal qualification advice stored with a case: the facts as given (JSON, encrypted since compelled offences
/// and charges describe the person) and the headline answer for queries. The advice itself is re-derived.
/// </summary>
public sealed class CaseQualification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public required string ProtectedFacts { get; init; }
    public bool Trafficking { get; init; }
    public DateTime RecordedAt { get; init; }
    public Guid RecordedBy { get; init; }
    public Guid AgencyId { get; init; }
}
