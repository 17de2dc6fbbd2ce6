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
