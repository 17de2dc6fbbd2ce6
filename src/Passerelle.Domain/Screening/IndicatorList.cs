namespace Passerelle.Domain.Screening;

/// <summary>The indicators of one list (for example adults, labour exploitation) in one catalogue version.</summary>
public sealed class IndicatorList
{
    private readonly Dictionary<string, Indicator> byCode;

    internal IndicatorList(IndicatorCatalogue catalogue, IndicatorListId id, IReadOnlyList<Indicator> indicators)
    {
        Catalogue = catalogue;
        Id = id;
        Indicators = indicators;
        byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public IndicatorCatalogue Catalogue { get; }
    public IndicatorListId Id { get; }
    public string CatalogueVersion => Catalogue.Version;
    public Population Population => Id.Population;
    public ExploitationList Exploitation => Id.Exploitation;

    /// <summary>In catalogue order, which groups them by dimension.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    public Indicator? Find(string code) => byCode.GetValueOrDefault(code);

    public IEnumerable<Indicator> In(Dimension dimension) => Indicators.Where(i => i.Dimension == dimension);
}
