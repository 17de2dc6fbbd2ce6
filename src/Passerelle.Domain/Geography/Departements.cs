namespace Passerelle.Domain.Geography;

/// <summary>A French département by its official code (01–95, 2A, 2B, 971–976).</summary>
public sealed record Departement(string Code, string Name);

public static class Departements
{
    public static readonly IReadOnlyList<Departement> All =
    [
        new("75", "Paris"),
        new("93", "Seine-Saint-Denis"),
    ];

    private static readonly Dictionary<string, Departement> ByCode =
        All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Departement? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var d) ? d : null;
}
