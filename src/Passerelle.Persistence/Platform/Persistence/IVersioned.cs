namespace Passerelle.Web.Platform.Persistence;

/// <summary>
/// An entity under optimistic concurrency: <see cref="Version"/> is the concurrency token, bumped on every
/// update by <see cref="VersioningInterceptor"/>, and exposed to API clients as the ETag.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
