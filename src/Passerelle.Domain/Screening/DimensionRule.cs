namespace Passerelle.Domain.Screening;

/// <summary>When a dimension counts as present (ILO / EC 2009 combination rule, DOMAIN.md section 8).</summary>
public static class DimensionRule
{
    public static bool IsPresent(int strong, int medium, int weak) =>
        strong >= 2
        || (strong >= 1 && medium + weak >= 1)
        || medium >= 3
        || (medium >= 2 && weak >= 1);
}
