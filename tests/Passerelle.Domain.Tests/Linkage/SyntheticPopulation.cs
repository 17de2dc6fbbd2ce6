using Passerelle.Domain.Linkage;

namespace Passerelle.Domain.Tests.Linkage;

/// <summary>Small made-up populations for tests: agency A records every person, agency B some with typos.</summary>
internal static class SyntheticPopulation
{
    private static readonly string[] Given =
    [
        "Amina", "Blessing", "Ioana", "Fatou", "Mariam", "Elena", "Joy", "Aïcha", "Svetlana", "Grace", "Mihaela",
        "Precious", "Nadia", "Li", "Olga", "Khadija", "Esther", "Andreea", "Hawa", "Vanessa",
    ];

    private static readonly string[] Family =
    [
        "Okafor", "Popescu", "Diallo", "Traoré", "Ionescu", "Eze", "Benali", "Petrov", "Nguyen", "Osagie",
        "Dumitru", "Camara", "Haddad", "Kovalenko", "Adeyemi", "Marin", "Sow", "Wang", "Rossi", "Mensah",
    ];

    public static (List<PersonRecord> Records, HashSet<(string, string)> TruePairs) TwoAgencies(int persons, int seed)
    {
        var random = new Random(seed);
        var records = new List<PersonRecord>();
        var truth = new HashSet<(string, string)>();
        for (var p = 0; p < persons; p++)
        {
            var original = new PersonRecord($"a{p:D3}")
            {
                Source = "A",
                GivenName = Given[random.Next(Given.Length)],
                FamilyName = Family[random.Next(Family.Length)] + (random.Next(3) == 0 ? "a" : ""),
                BirthDate = $"{1970 + random.Next(35)}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}",
                Sex = "F",
                City = random.Next(2) == 0 ? "Paris" : "Lyon",
            };
            records.Add(original);
            if (p % 2 == 0)
            {
                var duplicate = original with
                {
                    Id = $"b{p:D3}",
                    Source = "B",
                    FamilyName = p % 6 == 0 ? Typo(original.FamilyName!, random) : original.FamilyName!.ToUpperInvariant(),
                };
                records.Add(duplicate);
                truth.Add((original.Id, duplicate.Id));
            }
        }

        return (records, truth);
    }

    private static string Typo(string text, Random random)
    {
        var i = 1 + random.Next(text.Length - 2);
        return string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1, 1), text.AsSpan(i, 1), text.AsSpan(i + 2));
    }
}
