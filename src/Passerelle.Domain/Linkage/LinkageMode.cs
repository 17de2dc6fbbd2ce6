namespace Passerelle.Domain.Linkage;

public enum LinkageMode
{
    /// <summary>Every pair of records may be the same person (one file, or all cases of the platform).</summary>
    Deduplicate = 0,

    /// <summary>Only records of different sources are compared (two agencies' exports).</summary>
    AcrossSources = 1,
}
