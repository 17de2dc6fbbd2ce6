namespace Passerelle.Domain.Linkage;

/// <summary>
/// One agency's record of a person, as raw text. Every field may be missing; <see cref="Source"/> tells which
/// agency or file it comes from (linking across sources compares only records of different sources).
/// </summary>
public sealed record PersonRecord(string Id)
{
    public string Source { get; init; } = "";
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? BirthDate { get; init; }
    public string? Sex { get; init; }
    public string? Nationality { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? Postcode { get; init; }
    public string? Phone { get; init; }

    /// <summary>An identifier shared by agencies (passport, social security number); equal values link by rule.</summary>
    public string? Identifier { get; init; }
}
