namespace Passerelle.Domain.Geography;

/// <summary>A country or territory by its ISO 3166-1 alpha-2 code, named in English and French.</summary>
public sealed record Country(string Code, string NameEn, string NameFr)
{
    public string Name(bool french) => french ? NameFr : NameEn;
}

/// <summary>ISO 3166-1 alpha-2 countries (nationalities of presumed victims).</summary>
public static class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("FR", "France", "France"),
        new("NG", "Nigeria", "Nigeria"),
        new("RO", "Romania", "Roumanie"),
    ];

    private static readonly Dictionary<string, Country> ByCode =
        All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Country? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;
}
