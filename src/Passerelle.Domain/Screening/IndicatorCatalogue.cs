namespace Passerelle.Domain.Screening;

/// <summary>
/// A published version of the common indicator catalogue (DOMAIN.md sections 4 and 8). It is data: a coordinator
/// publishes a new version as JSON (<see cref="Parse"/> says what is wrong with it), and a screening records the
/// version it used so that it stays explainable after the catalogue changes.
/// </summary>
public sealed class IndicatorCatalogue
{
    /// <summary>The version shipped with the code, used until a coordinator publishes another.</summary>
    public const string DefaultVersion = "ilo-ec-2009.v1";

    private static readonly Lazy<IndicatorCatalogue> DefaultCatalogue = new(LoadDefault);

    private readonly Dictionary<string, CatalogueIndicator> byCode;
    private readonly Dictionary<IndicatorListId, IndicatorList> lists;

    internal IndicatorCatalogue(
        string version, string source, bool provisional, IReadOnlyList<string> notes, IReadOnlyList<CatalogueIndicator> indicators)
    {
        Version = version;
        Source = source;
        Provisional = provisional;
        Notes = notes;
        Indicators = indicators;
        byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        lists = IndicatorListId.All.ToDictionary(id => id, id => new IndicatorList(this, id, indicators
            .Where(i => i.Ratings.ContainsKey(id))
            .Select(i => new Indicator(i.Code, i.Dimension, i.Ratings[id], i.Text, i.Provisional))
            .ToArray()));
    }

    public static IndicatorCatalogue Default => DefaultCatalogue.Value;

    public string Version { get; }

    /// <summary>The bibliographic citation of the source the catalogue follows.</summary>
    public string Source { get; }

    /// <summary>Some ratings or wordings are not confirmed against the source; the indicators concerned say so.</summary>
    public bool Provisional { get; }

    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<CatalogueIndicator> Indicators { get; }

    public IndicatorList For(Population population, ExploitationList exploitation) => For(new IndicatorListId(population, exploitation));

    public IndicatorList For(IndicatorListId id) =>
        lists.TryGetValue(id, out var list) ? list : throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown indicator list.");

    public CatalogueIndicator? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Reads and validates a catalogue. Never throws on bad input: the errors name each problem and where it is.</summary>
    public static CatalogueParseResult Parse(string json) => CatalogueJsonReader.Read(json);

    /// <summary>The catalogue in the JSON form <see cref="Parse"/> reads, as stored for a published version.</summary>
    public string ToJson() => CatalogueJsonWriter.Write(this);

    private static IndicatorCatalogue LoadDefault()
    {
        var name = $"Passerelle.Domain.Screening.Catalogue.{DefaultVersion}.json";
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalogue {name} is missing.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd());
        return result.Catalogue
            ?? throw new InvalidOperationException($"The embedded catalogue {name} is invalid: {string.Join(" ", result.Errors)}");
    }
}
