using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Bench.Linkage;

/// <summary>
/// What the demo's same-person pairs with a nameless record rest on (diagnosis, printed with the errors): the
/// strongest fact the two records share — an exact phone, a complete birth date, a birth year, or only sex and
/// nationality — whether the engine linked them, and whether the data could tell the nameless record's person from
/// another: a <i>rival</i> is a record of another person that shares the same fact (or a stronger one) with the nameless record and
/// contradicts it nowhere (sex, nationality, birth year, département).
/// </summary>
internal static class DemoNamelessPairs
{
    public static void Print(List<PersonRecord> records, Dictionary<string, int> personOf, HashSet<string> truePairs, HashSet<string> linked)
    {
        var byId = records.ToDictionary(r => r.Id);
        bool Nameless(PersonRecord r) => string.IsNullOrWhiteSpace(r.GivenName) && string.IsNullOrWhiteSpace(r.FamilyName);
        var rows = new List<(string Evidence, bool Linked, bool Rivalled)>();
        foreach (var pair in truePairs)
        {
            var ids = pair.Split('|');
            var (left, right) = (byId[ids[0]], byId[ids[1]]);
            if (!Nameless(left) && !Nameless(right))
            {
                continue;
            }

            var (nameless, other) = Nameless(left) ? (left, right) : (right, left);
            var evidence = Shared(nameless, other);
            var rivalled = records.Any(r => personOf[r.Id] != personOf[nameless.Id] && string.CompareOrdinal(Shared(nameless, r), evidence) <= 0 && Compatible(nameless, r));
            rows.Add((evidence, linked.Contains(pair), rivalled));
        }

        Console.WriteLine($"   -- same-person pairs with a nameless record ({rows.Count}): strongest shared fact, linked, rivals");
        foreach (var g in rows.GroupBy(r => r.Evidence).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"      {g.Key,-28} {g.Count(),4} pairs, linked {g.Count(r => r.Linked),4}, "
                + $"with a rival (another person sharing it) {g.Count(r => r.Rivalled),4} (of them linked {g.Count(r => r.Rivalled && r.Linked)})");
        }
    }

    private static string Shared(PersonRecord a, PersonRecord b)
    {
        var phone = ContactStandardiser.Phone(a.Phone);
        if (phone.Length > 0 && phone == ContactStandardiser.Phone(b.Phone))
        {
            return "1 exact phone";
        }

        var hasA = PartialDate.TryParse(a.BirthDate, out var dateA);
        var hasB = PartialDate.TryParse(b.BirthDate, out var dateB);
        if (hasA && hasB && dateA.HasMonthAndDay && dateB.HasMonthAndDay && dateA == dateB)
        {
            return "2 same complete birth date";
        }

        return hasA && hasB && dateA.Year == dateB.Year ? "3 same birth year" : "4 sex and nationality only";
    }

    private static bool Compatible(PersonRecord a, PersonRecord b) =>
        Agree(a.Sex, b.Sex) && Agree(a.Nationality, b.Nationality) && Agree(a.Postcode, b.Postcode)
        && !(PartialDate.TryParse(a.BirthDate, out var x) && PartialDate.TryParse(b.BirthDate, out var y) && x.Year != y.Year);

    private static bool Agree(string? a, string? b) => string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || a == b;
}
