using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

public class NameFrequenciesTests
{
    [Fact]
    public void A_rare_name_weighs_more_than_a_common_one()
    {
        // 101 family names: Martin 21 times, Okonkwo twice, 78 others once (each record a distinct identity).
        var names = Enumerable.Repeat("Martin", 21).Concat(["Okonkwo", "Okonkwo"]).Concat(Enumerable.Range(0, 78).Select(i => "Name" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))));
        var records = names.Select((n, i) => StandardisedRecord.From(new PersonRecord(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { FamilyName = n, BirthDate = (1950 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        var frequencies = NameFrequencies.Of(records);
        const double uExact = 0.05;

        // u of agreeing on Martin is 20/100, on Okonkwo 1/100.
        Assert.Equal(Math.Log2(0.05 / 0.20), frequencies.Adjustment(LinkageField.FamilyName, "martin", uExact), 9);
        Assert.Equal(Math.Log2(0.05 / 0.01), frequencies.Adjustment(LinkageField.FamilyName, "okonkwo", uExact), 9);
        Assert.Equal(0, frequencies.Adjustment(LinkageField.GivenName, "martin", uExact));
    }

    [Fact]
    public void A_given_name_counted_within_its_nationality_leaves_the_nationality_its_own_weight()
    {
        // Two origins of 60 persons each, five given names per origin: given names tell the origin, so among random
        // pairs whose given names agree the nationality nearly always agrees too (the conditional u).
        string[] nigerian = ["Blessing", "Joy", "Precious", "Gift", "Mercy"];
        string[] french = ["Lea", "Manon", "Camille", "Chloe", "Emma"];
        var records = new List<PersonRecord>();
        for (var i = 0; i < 120; i++)
        {
            var (pool, origin) = i < 60 ? (nigerian, "NG") : (french, "FR");
            records.Add(new PersonRecord($"r{i}") { Source = i % 2 == 0 ? "a" : "b", GivenName = pool[i % 5], FamilyName = $"Fam{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}", BirthDate = (1960 + (i % 40)).ToString(System.Globalization.CultureInfo.InvariantCulture), Sex = "F", Nationality = origin });
        }

        records.Add(new PersonRecord("x1") { Source = "a", GivenName = "Chioma", FamilyName = "Okeke", BirthDate = "1990-03-04", Sex = "F", Nationality = "NG" });
        records.Add(new PersonRecord("x2") { Source = "b", GivenName = "Chioma", FamilyName = "Okeke", BirthDate = "1990", Sex = "F", Nationality = "NG" });

        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(new LinkageRequest(records));

        var pair = result.Pairs.Single(p => p.LeftId == "x1" && p.RightId == "x2");
        var nationality = pair.Explanation.Single(f => f.Field == LinkageField.Nationality);
        var index = result.Parameters.Schema.Fields.ToList().IndexOf(LinkageField.Nationality);
        Assert.Equal("exact", nationality.Level);
        // Chain rule: P(NG) · P(Chioma | NG) — the nationality's unconditional weight, not the one conditioned on
        // the given name, which would count the origin out twice.
        Assert.Equal(result.Parameters.Weights[index][1], nationality.Weight, 9);
        Assert.True(nationality.Weight > 0.5);
        Assert.Equal(pair.Weight, pair.Explanation.Sum(f => f.Weight), 6);
    }

    [Fact]
    public void A_given_name_written_as_a_family_name_weighs_no_more_crosswise_than_written_straight()
    {
        // "Success" is a common given name; as a family name only the one swapped record carries it. Crosswise
        // agreement on it is no stronger evidence than the same two names written alike.
        var records = Origins(nigerianGiven: ["Success", "Joy", "Precious", "Gift", "Mercy"]);
        records.Add(new PersonRecord("x1") { Source = "a", GivenName = "Success", FamilyName = "Kogbe", BirthDate = "1999", Sex = "F", Nationality = "NG" });
        records.Add(new PersonRecord("x2") { Source = "b", GivenName = "Kogbe", FamilyName = "Success", BirthDate = "1999-05-08", Sex = "F", Nationality = "NG" });
        records.Add(new PersonRecord("y1") { Source = "a", GivenName = "Success", FamilyName = "Kogbe", BirthDate = "1985", Sex = "F", Nationality = "NG" });
        records.Add(new PersonRecord("y2") { Source = "b", GivenName = "Success", FamilyName = "Kogbe", BirthDate = "1985-06-07", Sex = "F", Nationality = "NG" });

        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(new LinkageRequest(records));

        var swapped = result.Pairs.Single(p => p.LeftId == "x1" && p.RightId == "x2");
        var straight = result.Pairs.Single(p => p.LeftId == "y1" && p.RightId == "y2");
        Assert.True(swapped.NamesSwapped);
        Assert.True(NameWeight(swapped) <= NameWeight(straight) + 1e-9, $"crosswise {NameWeight(swapped):F2} bits, straight {NameWeight(straight):F2}");
    }

    [Fact]
    public void With_a_nationality_missing_a_given_name_is_weighed_within_the_origin_of_the_family_name()
    {
        // Given names tell the origin, and so do family names: "Martin" makes "Lucas" far likelier than a random
        // record says. A pair missing one nationality weighs its given name as a pair of that origin would.
        var (withoutNationality, withNationality, _) = LeaMartinWithAndWithoutANationality("Lea", "1990");

        Assert.Equal(withNationality, withoutNationality, 9);
    }

    [Fact]
    public void With_a_nationality_missing_a_close_given_name_does_not_say_the_origin_the_family_name_says()
    {
        // A given name one typo off weighs its level's average, which counts "same origin" in; with a nationality
        // missing the family name's overall frequency counts it already (issue 13, eleventh pass).
        var (withoutNationality, withNationality, parameters) = LeaMartinWithAndWithoutANationality("Lia", birthYearOfTheSecond: null);

        var nationality = parameters.Schema.Fields.ToList().IndexOf(LinkageField.Nationality);
        var originBits = Math.Log2(parameters.Conditional!.U[nationality]![1] / parameters.U[nationality][1]);
        Assert.True(originBits > 0.5);
        Assert.Equal(withNationality - originBits, withoutNationality, 9);
    }

    /// <summary>
    /// The given name's weight in two pairs "Lea Martin" (French) ~ "<paramref name="given"/> Martin" among
    /// <see cref="Origins"/>: the second record without a nationality, then with it; the second gives only its birth
    /// year when <paramref name="birthYearOfTheSecond"/> is set, else the same full date as the first.
    /// </summary>
    private static (double WithoutNationality, double WithNationality, MatchParameters Parameters) LeaMartinWithAndWithoutANationality(
        string given, string? birthYearOfTheSecond)
    {
        var records = Origins(nigerianGiven: ["Blessing", "Joy", "Precious", "Gift", "Mercy"]);
        records.Add(new PersonRecord("x1") { Source = "a", GivenName = "Lea", FamilyName = "Martin", BirthDate = "1990-03-04", Sex = "F", Nationality = "FR" });
        records.Add(new PersonRecord("x2") { Source = "b", GivenName = given, FamilyName = "Martin", BirthDate = birthYearOfTheSecond ?? "1990-03-04", Sex = "F" });
        records.Add(new PersonRecord("y1") { Source = "a", GivenName = "Lea", FamilyName = "Martin", BirthDate = "1975-06-07", Sex = "F", Nationality = "FR" });
        records.Add(new PersonRecord("y2") { Source = "b", GivenName = given, FamilyName = "Martin", BirthDate = birthYearOfTheSecond is null ? "1975-06-07" : "1975", Sex = "F", Nationality = "FR" });

        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(new LinkageRequest(records));

        double Given(string left, string right) =>
            result.Pairs.Single(p => p.LeftId == left && p.RightId == right).Explanation.Single(f => f.Field == LinkageField.GivenName).Weight;
        return (Given("x1", "x2"), Given("y1", "y2"), result.Parameters);
    }

    /// <summary>Nigerian and French persons, 60 each, given and family names drawn from pools of their origin.</summary>
    private static List<PersonRecord> Origins(string[] nigerianGiven)
    {
        string[] french = ["Lea", "Manon", "Camille", "Chloe", "Emma"];
        string[] nigerianFamily = ["Okafor", "Musa", "Eze", "Bello", "Okoro", "Adeyemi"];
        string[] frenchFamily = ["Martin", "Bernard", "Petit", "Durand", "Dubois", "Moreau"];
        var records = new List<PersonRecord>();
        for (var i = 0; i < 120; i++)
        {
            var (given, family, origin) = i < 60 ? (nigerianGiven, nigerianFamily, "NG") : (french, frenchFamily, "FR");
            records.Add(new PersonRecord($"r{i}")
            {
                Source = i % 2 == 0 ? "a" : "b",
                GivenName = given[i % 5],
                FamilyName = family[i / 5 % 6],
                BirthDate = (1960 + (i % 40)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Sex = "F",
                Nationality = origin,
            });
        }

        return records;
    }

    private static double NameWeight(ScoredPair pair) =>
        pair.Explanation.Where(f => f.Field is LinkageField.GivenName or LinkageField.FamilyName).Sum(f => f.Weight);

    [Fact]
    public void The_explanation_carries_the_adjustment_and_still_sums_to_the_weight()
    {
        var (records, _) = SyntheticPopulation.TwoAgencies(80, seed: 9);
        var plain = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources, RandomPairs = 5_000, TermFrequencies = false });

        var withFrequencies = new LinkageEngine(plain.Options with { TermFrequencies = true }).Run(new LinkageRequest(records));
        var without = plain.Run(new LinkageRequest(records));

        var pair = withFrequencies.Pairs.First(p => p.Rule is null);
        Assert.Equal(pair.Weight, pair.Explanation.Sum(f => f.Weight), 6);
        var same = without.Pairs.Single(p => p.LeftId == pair.LeftId && p.RightId == pair.RightId);
        var given = pair.Explanation.Single(f => f.Field == LinkageField.GivenName);
        Assert.Equal("exact", given.Level);
        Assert.NotEqual(same.Explanation.Single(f => f.Field == LinkageField.GivenName).Weight, given.Weight);
    }
}
