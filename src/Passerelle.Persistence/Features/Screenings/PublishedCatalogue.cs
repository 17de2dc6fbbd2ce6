namespace Passerelle.Web.Features.Screenings;

/// <summary>
/// A catalogue version a coordinator published. Immutable once stored: old screenings are re-explained with the
/// version they used. Until the first publication, the version shipped with the code is current.
/// </summary>
public sealed class PublishedCatalogue
{
    public required string Version { get; init; }
    public required string Json { get; init; }
    public DateTime PublishedAt { get; init; }
    public Guid PublishedBy { get; init; }
}
