namespace Passerelle.DemoData;

/// <summary>
/// A deterministic population of clearly fictional cases for demonstrations, statistics and record-linkage
/// tests. Proportions follow the seed report (DOMAIN.md section 7). About one person in ten is recorded by two
/// agencies, some by three, each writing the name, the date of birth and the pseudonym its own way.
/// </summary>
/// <remarks>
/// Every person is visibly fictional: family names are <i>lorem ipsum</i> words, pseudonyms are flowers, trees,
/// birds and gemstones, phone numbers sit in the range ARCEP reserves for fiction (01 99 00 xx xx) and every
/// note says it is a demo record.
/// </remarks>
public static class DemoPopulation
{
    private const double AdultSeenTwiceChance = 0.08;
    private const double ChildSeenTwiceChance = 0.18;
    private const double SeenThriceShare = 0.2;

    /// <summary>
    /// <paramref name="count"/> case records detected in the five years before <paramref name="today"/>, in
    /// registration order. The same seed gives the same records.
    /// </summary>
    public static IReadOnlyList<DemoCase> Generate(DateOnly today, int count = 500, int seed = 2026)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var writer = new DemoRecordWriter(random);
        var cases = new List<DemoCase>(count);
        for (var personId = 1; cases.Count < count; personId++)
        {
            var person = DemoPersonDrawer.Draw(random, today);
            var records = Math.Min(RecordCount(random, person), count - cases.Count);
            var agencies = new List<string>();
            var pseudonyms = new List<string>();
            var detectedOn = person.FirstDetectedOn;
            for (var i = 0; i < records; i++)
            {
                if (i > 0)
                {
                    detectedOn = DetectionDates.Later(random, detectedOn, today);
                }

                var agency = ChooseAgency(random, person, detectedOn, agencies);
                agencies.Add(agency);
                var facts = writer.Write(person, agency, detectedOn, first: i == 0, pseudonyms);
                cases.Add(new DemoCase(agency, facts, DetectionDates.Registration(random, detectedOn, today), personId));
            }
        }

        return NumberPersonsInOrder([.. cases.OrderBy(c => c.RegisteredOn).ThenBy(c => c.Facts.DetectedOn)]);
    }

    private static int RecordCount(Random random, DemoPerson person)
    {
        // Children are counted twice more often (187 vs 400 child victims in 2020, DOMAIN.md section 7).
        var seenTwice = person.SeenAsChildOn(person.FirstDetectedOn) ? ChildSeenTwiceChance : AdultSeenTwiceChance;
        if (!random.Chance(seenTwice))
        {
            return 1;
        }

        return random.Chance(SeenThriceShare) ? 3 : 2;
    }

    private static string ChooseAgency(Random random, DemoPerson person, DateOnly detectedOn, List<string> already)
    {
        var choices = DemoAgencies.Detecting(person.MainForm, person.SeenAsChildOn(detectedOn))
            .Where(c => c.Weight > 0 && !already.Contains(c.Agency))
            .ToList();
        if (choices.Count == 0)
        {
            choices = [.. new[] { DemoAgencies.Police, DemoAgencies.Ngo, DemoAgencies.Ngo2 }.Where(a => !already.Contains(a)).Select(a => (a, 1.0))];
        }

        return random.Pick(choices);
    }

    /// <summary>Renumbers persons in order of their first registration: person 1 comes first in the list.</summary>
    private static List<DemoCase> NumberPersonsInOrder(List<DemoCase> cases)
    {
        var ids = new Dictionary<int, int>();
        return [.. cases.Select(c => c with { PersonId = ids.TryGetValue(c.PersonId, out var id) ? id : ids[c.PersonId] = ids.Count + 1 })];
    }
}
