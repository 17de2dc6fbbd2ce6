namespace Passerelle.Domain.Screening;

/// <summary>A parsed catalogue, or every reason it was refused (each prefixed with its JSON path, such as <c>$.indicators[3].code</c>).</summary>
public sealed record CatalogueParseResult(IndicatorCatalogue? Catalogue, IReadOnlyList<string> Errors)
{
    public bool IsValid => Catalogue is not null;
}
