using Passerelle.Domain.Htcds;

namespace Passerelle.Domain.Screening;

/// <summary>
/// The methods of control already recorded on a case (HTCDS 2.0 <c>vic_MethodsOfControl</c>) that say the same thing as
/// an indicator of the ILO / EC 2009 catalogue, so that the screening form starts from what the agency knows instead
/// of asking it twice. Only unambiguous pairs are listed, all in the "coercion at destination" and "exploitative
/// conditions" dimensions where control happens: a false promise (recruitment) does not say which deception, abuse
/// of a psychological or financial kind, a restriction of medical care or necessities have no indicator of the same
/// meaning, so they suggest nothing. A suggestion is ticked for the screener, who unticks what the interview does
/// not confirm; the verdict is computed from what is finally ticked (ScreeningEngine), never from the case's facts.
/// </summary>
public static class ControlMethodIndicators
{
    private static readonly IReadOnlyDictionary<MethodOfControl, string> Indicator = new Dictionary<MethodOfControl, string>
    {
        [MethodOfControl.WithholdsDocuments] = "CD-01", // Confiscation of identity or travel documents
        [MethodOfControl.DebtBondage] = "CD-02", // Debt bondage
        [MethodOfControl.PhysicalAbuse] = "CD-04", // Violence on the victim
        [MethodOfControl.SexualAbuse] = "CD-04", // Violence on the victim (sexual violence is violence)
        [MethodOfControl.PhysicalThreats] = "CD-05", // Threats of violence against the victim
        [MethodOfControl.ThreatsLawEnforcement] = "CD-11", // Threat of denunciation to the authorities
        [MethodOfControl.ThreatensChildrenFamily] = "CD-13", // Violence or threats of violence against the family
        [MethodOfControl.TakesEarnings] = "CD-14", // Withholding of wages or earnings
        [MethodOfControl.ExcessiveWorkingHours] = "EC-01", // Excessive working days or hours
    };

    /// <summary>The indicator a method of control stands for, if one says the same thing.</summary>
    public static string? For(MethodOfControl method) => Indicator.GetValueOrDefault(method);

    /// <summary>
    /// The indicators of this list that the recorded methods suggest, each with the methods that suggest it, in the
    /// list's order. An indicator the list does not hold (another population's list) is not suggested.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<MethodOfControl>> Suggested(IndicatorList list, IEnumerable<MethodOfControl> recorded)
    {
        var byCode = recorded.Distinct()
            .Where(m => For(m) is not null)
            .GroupBy(m => For(m)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MethodOfControl>)[.. g], StringComparer.Ordinal);
        var suggested = new Dictionary<string, IReadOnlyList<MethodOfControl>>(StringComparer.Ordinal);
        foreach (var indicator in list.Indicators.Where(i => byCode.ContainsKey(i.Code)))
        {
            suggested[indicator.Code] = byCode[indicator.Code];
        }

        return suggested;
    }
}
