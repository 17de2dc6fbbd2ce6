using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>
/// An indicator as the catalogue holds it: one stable code and wording, rated separately in each list it belongs to.
/// A code is never reused for another indicator, in any later version.
/// </summary>
public sealed record CatalogueIndicator
{
    public required string Code { get; init; }
    public required Dimension Dimension { get; init; }
    public required LocalizedText Text { get; init; }

    /// <summary>Its strength in each list it belongs to; a list that is not a key does not contain it.</summary>
    public required IReadOnlyDictionary<IndicatorListId, Strength> Ratings { get; init; }

    /// <summary>The rating or wording is not confirmed against the source; see <see cref="Note"/>.</summary>
    public bool Provisional { get; init; }

    /// <summary>For coordinators: where the rating comes from or why it was adapted. Not shown to screeners.</summary>
    public string? Note { get; init; }
}
