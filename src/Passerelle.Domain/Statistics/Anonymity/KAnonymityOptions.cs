namespace Passerelle.Domain.Statistics.Anonymity;

public sealed record KAnonymityOptions
{
    public static readonly KAnonymityOptions Default = new();

    /// <summary>Every combination of quasi-identifiers in the export is shared by at least K persons.</summary>
    public int K { get; init; } = 5;

    /// <summary>
    /// The share of records that may be suppressed instead of generalising further; the least generalisation that
    /// stays within it is chosen.
    /// </summary>
    public double MaxSuppressedShare { get; init; } = 0.05;
}
