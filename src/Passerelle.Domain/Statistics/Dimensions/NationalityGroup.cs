namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>Serialized in kebab-case: <c>france</c>, <c>eu</c>, <c>non-eu</c>, <c>unknown</c>.</summary>
public enum NationalityGroup
{
    France = 1,
    Eu = 2,
    NonEu = 3,
    Unknown = 99,
}

public static class NationalityGroups
{
    public static readonly IReadOnlyList<NationalityGroup> All =
        [NationalityGroup.France, NationalityGroup.Eu, NationalityGroup.NonEu, NationalityGroup.Unknown];

    /// <summary>From an ISO 3166-1 alpha-2 code; <c>EU</c> means the other 26 member states, France being apart.</summary>
    public static NationalityGroup Of(string? iso) => Geography.Countries.Find(iso?.Trim()) switch
    {
        null => NationalityGroup.Unknown,
        { Code: "FR" } => NationalityGroup.France,
        { IsEuMember: true } => NationalityGroup.Eu,
        _ => NationalityGroup.NonEu,
    };
}
