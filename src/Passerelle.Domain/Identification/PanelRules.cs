using Passerelle.Domain.Agencies;

namespace Passerelle.Domain.Identification;

/// <summary>One member of an identification panel, with the type of the agency they belong to.</summary>
public sealed record PanelMember(Guid UserId, AgencyType AgencyType);

/// <summary>
/// Identification must not be the police's alone (seed report para 37–38): a panel has at least two members from
/// at least two different agency types, and at least one of them is neither police nor gendarmerie.
/// </summary>
public static class PanelRules
{
    public const int MinimumMembers = 2;
    public const int MaximumMembers = 7;

    public static bool IsLawEnforcement(AgencyType type) => type is AgencyType.Police or AgencyType.Gendarmerie;

    public static IReadOnlyList<string> Validate(IReadOnlyCollection<PanelMember> members)
    {
        var errors = new List<string>();
        if (members.Select(m => m.UserId).Distinct().Count() != members.Count)
        {
            errors.Add("A panel member is listed twice.");
        }

        if (members.Count < MinimumMembers)
        {
            errors.Add("A panel has at least two members.");
        }
        else if (members.Count > MaximumMembers)
        {
            errors.Add("A panel has at most seven members.");
        }

        if (members.Count >= MinimumMembers && members.Select(m => m.AgencyType).Distinct().Count() < 2)
        {
            errors.Add("A panel brings together at least two different types of agency.");
        }

        if (members.Count > 0 && members.All(m => IsLawEnforcement(m.AgencyType)))
        {
            errors.Add("At least one panel member must come from outside the police and the gendarmerie.");
        }

        return errors;
    }
}
