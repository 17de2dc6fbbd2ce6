using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>The five demo agencies and which cases each one tends to detect.</summary>
public static class DemoAgencies
{
    public const string Police = "police";
    public const string Ngo = "ngo";
    public const string Ngo2 = "ngo2";
    public const string Labour = "labour";
    public const string ChildWelfare = "childwelfare";

    public static readonly IReadOnlyList<string> Keys = [Police, Ngo, Ngo2, Labour, ChildWelfare];

    /// <summary>
    /// Relative chances that each agency detects a person, given the main form of exploitation and whether the
    /// person is (or claims to be) a child. Child welfare never sees adults; labour inspection sees work.
    /// </summary>
    internal static IReadOnlyList<(string Agency, double Weight)> Detecting(ExploitationForm form, bool child)
    {
        var worksite = form is ExploitationForm.ForcedLabour or ExploitationForm.DomesticServitude;
        if (child)
        {
            return [(ChildWelfare, 45), (Police, 30), (Ngo, 15), (Ngo2, 10), (Labour, worksite ? 5 : 0)];
        }

        return form switch
        {
            ExploitationForm.SexualExploitation => [(Police, 45), (Ngo, 45), (Ngo2, 10)],
            ExploitationForm.ForcedLabour => [(Labour, 50), (Ngo2, 25), (Police, 20), (Ngo, 5)],
            ExploitationForm.DomesticServitude => [(Ngo2, 55), (Police, 25), (Labour, 10), (Ngo, 10)],
            ExploitationForm.ForcedCriminality => [(Police, 70), (Ngo, 15), (Ngo2, 15)],
            ExploitationForm.ForcedBegging => [(Police, 55), (Ngo, 25), (Ngo2, 20)],
            ExploitationForm.ForcedMarriage => [(Ngo, 40), (Ngo2, 30), (Police, 30)],
            ExploitationForm.OrganRemoval => [(Police, 80), (Ngo2, 20)],
            ExploitationForm.Other => [(Police, 40), (Ngo, 30), (Ngo2, 30)],
        };
    }
}
