using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

public sealed record ScreeningResult
{
    public required string CatalogueVersion { get; init; }
    public required Population Population { get; init; }
    public required ExploitationList Exploitation { get; init; }
    public required ScreeningVerdict Verdict { get; init; }

    /// <summary>All six dimensions, in catalogue order, including those with nothing observed.</summary>
    public required IReadOnlyList<DimensionResult> Dimensions { get; init; }

    public DimensionResult this[Dimension dimension] => Dimensions.Single(d => d.Dimension == dimension);

    /// <summary>The plain-language explanation, one sentence per line; rendered on demand so a stored result reads in either language.</summary>
    public IReadOnlyList<string> Explanation(Language language) => ScreeningExplanation.Write(this, language);
}
