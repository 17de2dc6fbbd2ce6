using Passerelle.Domain.Screening;

namespace Passerelle.Web.Features.Screenings;

/// <summary>
/// The body of <c>POST /api/v1/cases/{id}/screenings</c>. <c>exploitation</c> names the list (<c>labour</c>,
/// <c>sexual</c>) or a form of exploitation (<c>forced-begging</c>…), which maps to its list.
/// </summary>
public sealed record ScreeningInput(string? Exploitation, List<string>? Indicators, bool? AgeDisputed, string? Notes);

public sealed record DimensionView(Dimension Dimension, int Strong, int Medium, int Weak, bool Present, IReadOnlyList<string> Indicators);

public sealed record ScreeningView(
    Guid Id,
    Guid CaseId,
    string CatalogueVersion,
    Population Population,
    PopulationBasis PopulationBasis,
    string PopulationReason,
    ExploitationList Exploitation,
    ScreeningVerdict Verdict,
    IReadOnlyList<DimensionView> Dimensions,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<string> Indicators,
    DateTime? ScreenedAt,
    string? Notes);

public sealed record IndicatorView(string Code, Dimension Dimension, Strength Strength, string Text, bool Provisional);

public sealed record IndicatorListView(string Version, Population Population, ExploitationList Exploitation, bool Provisional, IReadOnlyList<IndicatorView> Indicators);
