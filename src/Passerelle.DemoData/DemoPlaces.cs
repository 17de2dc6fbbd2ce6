using Passerelle.Domain.Cases;
using Passerelle.Domain.Geography;

namespace Passerelle.DemoData;

/// <summary>
/// Where demo cases are detected: mostly Île-de-France and the big metropolitan areas, some in Guyane; labour
/// exploitation also in the wine and fruit regions and in the gold fields of Guyane.
/// </summary>
internal static class DemoPlaces
{
    private const double Elsewhere = 0.1;

    private static readonly Dictionary<string, double> Usual = Table(
    [
        ("75", 14), ("93", 10), ("92", 4), ("94", 4), ("95", 3), ("91", 3), ("77", 3), ("78", 2.5),
        ("13", 7), ("69", 6), ("59", 5), ("06", 5), ("31", 4), ("33", 4), ("67", 3), ("973", 2.5),
        ("34", 2.5), ("44", 2), ("57", 1.5), ("38", 1.5), ("35", 1.5), ("62", 1.5), ("83", 1.5),
        ("68", 1), ("971", 1), ("976", 1), ("76", 1), ("30", 1), ("84", 1), ("54", 0.7), ("45", 0.7),
        ("63", 0.7), ("60", 0.7), ("66", 0.7), ("64", 0.7), ("74", 0.7), ("972", 0.5), ("974", 0.5),
        ("51", 0.5), ("21", 0.5), ("37", 0.5), ("80", 0.5), ("49", 0.5), ("29", 0.5), ("14", 0.5),
        ("25", 0.5), ("42", 0.5), ("2A", 0.3), ("2B", 0.3), ("47", 0.3), ("86", 0.3), ("87", 0.3),
    ]);

    private static readonly Dictionary<string, double> LabourExtra = Table(
    [
        ("51", 4), ("33", 3), ("84", 3), ("13", 3), ("973", 3), ("47", 2), ("30", 1), ("34", 1),
        ("66", 1), ("49", 1),
    ]);

    private static readonly IReadOnlyList<(string Code, double Weight)> General = Weigh(labour: false);
    private static readonly IReadOnlyList<(string Code, double Weight)> Labour = Weigh(labour: true);

    public static string Draw(Random random, ExploitationForm mainForm) =>
        random.Pick(mainForm == ExploitationForm.ForcedLabour ? Labour : General);

    /// <summary>Somewhere else in the same region: the person moved, or another office of the agency saw them.</summary>
    public static string Nearby(Random random, string code)
    {
        var region = Departements.Find(code)!.RegionCode;
        return random.Pick([.. Departements.InRegion(region).Select(d => (d.Code, Usual.GetValueOrDefault(d.Code, Elsewhere)))]);
    }

    private static Dictionary<string, double> Table(IEnumerable<(string Code, double Weight)> rows) =>
        rows.ToDictionary(r => r.Code, r => r.Weight, StringComparer.Ordinal);

    private static IReadOnlyList<(string Code, double Weight)> Weigh(bool labour) =>
    [
        .. Departements.All.Select(d => (
            d.Code,
            Usual.GetValueOrDefault(d.Code, Elsewhere) + (labour ? LabourExtra.GetValueOrDefault(d.Code) : 0))),
    ];
}
