using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>One value of a dimension: its code in the API and exports (<c>female</c>, <c>15-17</c>, <c>FR</c>) and its label.</summary>
public sealed record Category(string Code, LocalizedText Label)
{
    /// <summary>The code of every dimension's "not recorded" category.</summary>
    public const string UnknownCode = "unknown";

    public static readonly Category Unknown = new(UnknownCode, new("Non renseigné", "Unknown"));
}
