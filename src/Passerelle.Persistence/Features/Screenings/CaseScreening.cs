using Passerelle.Domain.Screening;

namespace Passerelle.Web.Features.Screenings;

/// <summary>
/// One screening of a case: the indicators observed, against the catalogue version then current. The verdict is
/// stored for queries; the explanation is re-derived from the codes, in the reader's language.
/// </summary>
public sealed class CaseScreening
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public required string CatalogueVersion { get; init; }
    public Population Population { get; init; }

    /// <summary>Why the person was screened as a child or an adult (presumption of minority, date of birth…).</summary>
    public PopulationBasis PopulationBasis { get; init; }
    public ExploitationList Exploitation { get; init; }
    public List<string> Indicators { get; init; } = [];
    public bool AgeDisputed { get; init; }
    public ScreeningVerdict Verdict { get; init; }

    /// <summary>Free-text notes may identify the person: encrypted like the case's identifying fields.</summary>
    public string? ProtectedNotes { get; init; }

    public DateTime ScreenedAt { get; init; }
    public Guid ScreenedBy { get; init; }
    public Guid AgencyId { get; init; }
}
