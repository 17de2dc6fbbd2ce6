namespace Passerelle.Domain.Screening;

/// <summary>Applies the combination rule of DOMAIN.md section 8 to the indicators a screener observed.</summary>
public static class ScreeningEngine
{
    /// <param name="observedCodes">Codes as entered; trimmed, compared case-insensitively, duplicates ignored.</param>
    public static ScreeningOutcome Screen(IndicatorList list, IEnumerable<string> observedCodes)
    {
        var codes = observedCodes
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (codes.Length == 0)
        {
            return new ScreeningOutcome { NoIndicators = true };
        }

        var unknown = codes.Where(c => list.Catalogue.Find(c) is null).ToArray();
        var elsewhere = codes.Where(c => list.Catalogue.Find(c) is not null && list.Find(c) is null).ToArray();
        if (unknown.Length > 0 || elsewhere.Length > 0)
        {
            return new ScreeningOutcome { UnknownCodes = unknown, CodesFromAnotherList = elsewhere };
        }

        var observed = list.Indicators.Where(i => codes.Contains(i.Code)).ToArray();
        var dimensions = Dimensions.All
            .Select(d => new DimensionResult(d, observed.Where(i => i.Dimension == d).ToArray()))
            .ToArray();
        return new ScreeningOutcome
        {
            Result = new ScreeningResult
            {
                CatalogueVersion = list.CatalogueVersion,
                Population = list.Population,
                Exploitation = list.Exploitation,
                Verdict = Verdict(list.Population, dimensions),
                Dimensions = dimensions,
            },
        };
    }

    public static ScreeningOutcome Screen(
        IndicatorCatalogue catalogue, Population population, ExploitationList exploitation, IEnumerable<string> observedCodes) =>
        Screen(catalogue.For(population, exploitation), observedCodes);

    private static ScreeningVerdict Verdict(Population population, IReadOnlyList<DimensionResult> dimensions)
    {
        bool Present(Dimension d) => dimensions.Single(r => r.Dimension == d).Present;

        var indicative = population switch
        {
            // A child needs no means (Palermo Protocol art. 3(c)): exploitative conditions suffice.
            Population.Child => Present(Dimension.ExploitativeConditions),
            Population.Adult => Dimensions.Recruitment.Any(Present)
                && Present(Dimension.ExploitativeConditions)
                && Dimensions.Destination.Any(Present),
        };

        if (indicative)
        {
            return ScreeningVerdict.Indicative;
        }

        return dimensions.Any(d => d.Present) ? ScreeningVerdict.Partial : ScreeningVerdict.NotIndicative;
    }
}
