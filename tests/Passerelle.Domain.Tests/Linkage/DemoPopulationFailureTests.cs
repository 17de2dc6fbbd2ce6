using Passerelle.Domain.Cases;
using Passerelle.Domain.Linkage;

namespace Passerelle.Domain.Tests.Linkage;

/// <summary>
/// Errors the demo population showed (issue 13, sixth pass, development seeds 7–9), each among a background
/// population, with records built as the application builds a case's (<see cref="CasePersonRecords"/>).
/// </summary>
public class DemoPopulationFailureTests
{
    private static List<PersonRecord> Background() => SyntheticPopulation.TwoAgencies(300, seed: 13).Records;

    private static PersonRecord Case(string id, string agency, string? legalName, string? birthDate, Sex sex, string nationality, string? phone = null) =>
        CasePersonRecords.From(id, agency, legalName, birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture),
            birthDate is null ? null : int.Parse(birthDate[..4], System.Globalization.CultureInfo.InvariantCulture), sex, nationality, phone);

    private static LinkageResult Run(IEnumerable<PersonRecord> records) =>
        new LinkageEngine(new LinkageOptions { Mode = LinkageMode.Deduplicate }).Run(new LinkageRequest([.. records]));

    private static bool Linked(LinkageResult result, string a, string b) =>
        result.Persons.Any(p => p.RecordIds.Contains(a) && p.RecordIds.Contains(b));

    [Theory]
    [InlineData("DOLOREMQUE Camille Sarah", "Camille Sarah", "DOLOREMQUE")]
    [InlineData("Jean DE LA FONTAINE", "Jean", "DE LA FONTAINE")]
    [InlineData("MARIE CURIE", "MARIE", "CURIE")]
    [InlineData("Ana TRAORE Maria", "Ana TRAORE", "Maria")]
    public void A_legal_name_s_family_name_is_the_words_in_capitals_at_one_end_or_else_the_last_word(string legalName, string given, string family) =>
        Assert.Equal((given, family), CasePersonRecords.SplitName(legalName));

    [Fact]
    public void A_family_name_written_first_in_capitals_with_two_given_names_is_found()
    {
        // Demo population, seed 7: "DOLOREMQUE Camillle Sarah" was split as given "DOLOREMQUE Camillle", family
        // "Sarah", and compared below review with "Camille Sarah Doloremque" of the same birth date.
        var records = Background();
        records.Add(Case("x-sarah-1", "ngo", "Camille Sarah Doloremque", "2001-11-25", Sex.Female, "FR"));
        records.Add(Case("x-sarah-2", "police", "DOLOREMQUE Camillle Sarah", "2001-11-25", Sex.Female, "FR"));

        Assert.True(Linked(Run(records), "x-sarah-1", "x-sarah-2"));
    }

    [Fact]
    public void Two_similar_names_both_common_weigh_no_more_than_one_of_them_agreeing_exactly()
    {
        // Demo population, seed 7 at 2,000 cases: "Noémie Voluptate" / "Noémie Voluptatem" (two of the 46 family
        // names) weighed 7.7 bits on the family name, "Voluptate" twice 4.9, and namesakes with one birth date
        // missing were linked through the near spelling.
        var records = Background();
        for (var i = 0; i < 40; i++)
        {
            foreach (var family in new[] { "Voluptate", "Voluptatem" })
            {
                records.Add(new PersonRecord($"bg-{family}-{i}")
                {
                    Source = i % 2 == 0 ? "A" : "B",
                    GivenName = $"Given{(char)('a' + (i % 26))}{family.Length}",
                    FamilyName = family,
                    BirthDate = $"{1960 + i}-0{1 + (i % 9)}-1{i % 9}",
                    Sex = "F",
                });
            }
        }

        records.Add(new PersonRecord("x-near-1") { Source = "A", GivenName = "Noemie", FamilyName = "Voluptate", BirthDate = "1977-04-12", Sex = "F" });
        records.Add(new PersonRecord("x-near-2") { Source = "B", GivenName = "Noemie", FamilyName = "Voluptatem", BirthDate = "1977-04-12", Sex = "F" });
        records.Add(new PersonRecord("x-same-1") { Source = "A", GivenName = "Ines", FamilyName = "Voluptate", BirthDate = "1983-05-14", Sex = "F" });
        records.Add(new PersonRecord("x-same-2") { Source = "B", GivenName = "Ines", FamilyName = "Voluptate", BirthDate = "1983-05-14", Sex = "F" });

        var result = Run(records);

        double Family(string left, string right) => result.Pairs.Single(p => p.LeftId == left && p.RightId == right)
            .Explanation.Single(e => e.Field == LinkageField.FamilyName).Weight;
        Assert.Equal("JW ≥ 0.94", result.Pairs.Single(p => p.LeftId == "x-near-1").Explanation.Single(e => e.Field == LinkageField.FamilyName).Level);
        Assert.True(Family("x-near-1", "x-near-2") <= Family("x-same-1", "x-same-2") + 1e-9,
            $"near spelling {Family("x-near-1", "x-near-2"):F2} bits, exact {Family("x-same-1", "x-same-2"):F2}");
    }

    [Fact]
    public void Namesakes_with_one_birth_date_missing_recorded_in_other_departements_weigh_less_than_in_the_same_one()
    {
        // Demo population (sixth pass): most false links were namesakes ("Inès Voluptate", FR, one date missing)
        // with no other fact to tell them apart; the case's département is one, estimated like any field.
        var today = new DateOnly(2026, 6, 1);
        var records = Passerelle.DemoData.DemoPopulation.Generate(today, 400, seed: 11)
            .Select((c, i) => CasePersonRecords.From($"bg-{i}", c.AgencyKey, c.Facts.Identity.LegalName, c.Facts.Identity.DateOfBirth,
                c.Facts.BirthYear, c.Facts.Sex, c.Facts.Nationality, c.Facts.Identity.Phone, c.Facts.Departement))
            .ToList();
        records.Add(CasePersonRecords.From("x-ines-1", "police", "Inès Voluptate", new DateOnly(1992, 6, 26), 1992, Sex.Female, "FR", null, "93"));
        records.Add(CasePersonRecords.From("x-ines-2", "ngo", "Inès Voluptate", null, null, Sex.Female, "FR", null, "33"));
        records.Add(CasePersonRecords.From("x-lea-1", "police", "Léa Laborum", new DateOnly(1966, 2, 14), 1966, Sex.Female, "FR", null, "93"));
        records.Add(CasePersonRecords.From("x-lea-2", "ngo", "Léa Laborum", null, null, Sex.Female, "FR", null, "93"));

        var result = Run(records);

        var departement = result.Parameters.Schema.Fields.ToList().IndexOf(LinkageField.Postcode);
        Assert.True(departement >= 0, "the département is compared");
        Assert.True(result.Parameters.Weights[departement][0] < 0, "another département is evidence of two persons");
        Assert.False(Linked(result, "x-ines-1", "x-ines-2"));
        Assert.True(Linked(result, "x-lea-1", "x-lea-2"));
    }

    [Theory]
    [InlineData(Sex.Female, true)]
    [InlineData(Sex.Male, false)]
    public void A_nameless_record_linked_on_its_birth_date_joins_the_person_whose_other_record_has_no_date_unless_it_contradicts_it(
        Sex namelessSex, bool joins)
    {
        // Demo population of 4 December 2026 (500 cases): the nameless record matched "Dolor / Andreae" on the
        // birth date, but "Andreea / Dolor" (same person, no date) scored 4 bits against it, below the coherence
        // bar, so the clustering kept the person in two. Such a pair has nothing identifying to compare. A
        // contradiction (here the sex) still keeps them apart, however little the estimation makes of it ("sex
        // different" weighs -0.8 bits in this population).
        var records = Background();
        records.Add(Case("x-dolor-1", "police", "Andreea Dolor", null, Sex.Female, "RO", "01 99 00 51 26"));
        records.Add(Case("x-dolor-2", "ngo", "Dolor Andreae", "2005-11-20", Sex.Female, "RO"));
        records.Add(Case("x-dolor-3", "ngo2", null, "2005-11-20", namelessSex, "RO"));

        var result = Run(records);

        Assert.True(Linked(result, "x-dolor-1", "x-dolor-2"));
        Assert.Equal(joins, Linked(result, "x-dolor-1", "x-dolor-3"));
    }

    [Fact]
    public void The_same_name_words_split_differently_with_one_transliterated_are_found()
    {
        // Demo population of 4 December 2026 (500 cases), left in review at 9.9 bits on the phone and département.
        var records = Background();
        records.Add(Case("x-bilal-1", "childwelfare", "Rachid Bilal LABORUM", "2010-01-08", Sex.Male, "MA", "+33 1 99 00 08 72"));
        records.Add(Case("x-bilal-2", "ngo", "Laborum Rashid Bilal", null, Sex.Male, "MA", "+33 1 99 00 08 72"));

        Assert.True(Linked(Run(records), "x-bilal-1", "x-bilal-2"));
    }
}
