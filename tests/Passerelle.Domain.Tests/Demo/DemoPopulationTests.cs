using System.Globalization;
using Passerelle.DemoData;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Tests.Demo;

public class DemoPopulationTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly IReadOnlyList<DemoCase> Cases = DemoPopulation.Generate(Today);

    private static readonly List<IGrouping<int, DemoCase>> Persons = [.. Cases.GroupBy(c => c.PersonId)];

    /// <summary>One record per person, as statistics count persons.</summary>
    private static readonly List<CaseFacts> PersonFacts = [.. Persons.Select(p => p.First().Facts)];

    [Fact]
    public void Generate_ReturnsTheRequestedNumberOfRecords()
    {
        Assert.Equal(500, Cases.Count);
        Assert.Equal(37, DemoPopulation.Generate(Today, 37).Count);
        Assert.Empty(DemoPopulation.Generate(Today, 0));
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameRecords()
    {
        var again = DemoPopulation.Generate(Today);

        Assert.Equal(Cases.Select(Describe), again.Select(Describe));
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherRecords() =>
        Assert.NotEqual(Cases.Select(Describe), DemoPopulation.Generate(Today, seed: 7).Select(Describe));

    [Theory]
    [InlineData(2026)]
    [InlineData(1)]
    [InlineData(42)]
    public void Generate_EveryRecordPassesTheCaseRules(int seed)
    {
        var cases = DemoPopulation.Generate(Today, 400, seed);

        Assert.All(cases, c => Assert.Empty(CaseRules.Validate(c.Facts, Today)));
    }

    [Fact]
    public void Generate_DatesFallInTheFiveYearsBeforeToday()
    {
        Assert.All(Cases, c =>
        {
            Assert.InRange(c.Facts.DetectedOn, Today.AddYears(-5), Today);
            Assert.InRange(c.RegisteredOn, c.Facts.DetectedOn, Today);
        });

        for (var yearsAgo = 0; yearsAgo < 5; yearsAgo++)
        {
            var (from, to) = (Today.AddYears(-yearsAgo - 1), Today.AddYears(-yearsAgo));
            Assert.InRange(Cases.Count(c => c.Facts.DetectedOn > from && c.Facts.DetectedOn <= to), 60, 140);
        }
    }

    [Fact]
    public void Generate_MostVictimsAreWomenButMostForcedLabourVictimsMen()
    {
        Assert.InRange(Share(PersonFacts, f => f.Sex == Sex.Female), 0.64, 0.78);

        var labour = PersonFacts.Where(f => f.ExploitationForms[0] == ExploitationForm.ForcedLabour).ToList();
        Assert.InRange(Share(labour, f => f.Sex == Sex.Male), 0.6, 0.85);
    }

    [Fact]
    public void Generate_SexualExploitationDominatesThenForcedLabour()
    {
        var byForm = PersonFacts.GroupBy(f => f.ExploitationForms[0]).OrderByDescending(g => g.Count()).ToList();

        Assert.Equal(ExploitationForm.SexualExploitation, byForm[0].Key);
        Assert.Equal(ExploitationForm.ForcedLabour, byForm[1].Key);
        Assert.InRange(Share(PersonFacts, f => f.ExploitationForms[0] == ExploitationForm.SexualExploitation), 0.45, 0.7);
        Assert.All(
            new[] { ExploitationForm.ForcedBegging, ExploitationForm.ForcedCriminality, ExploitationForm.DomesticServitude, ExploitationForm.ForcedMarriage },
            form => Assert.Contains(PersonFacts, f => f.ExploitationForms.Contains(form)));
    }

    [Fact]
    public void Generate_AMinorityAreChildrenAndSomeAgesAreDisputed()
    {
        Assert.InRange(Share(PersonFacts, IsChild), 0.15, 0.3);
        Assert.InRange(Share(PersonFacts, f => f.AgeDisputed), 0.01, 0.08);
    }

    [Fact]
    public void Generate_NationalitiesAndPlacesFollowTheSeedReport()
    {
        var top = PersonFacts.GroupBy(f => f.Nationality).OrderByDescending(g => g.Count()).Take(5).Select(g => g.Key).ToList();
        Assert.Contains("FR", top);
        Assert.Contains("NG", top);
        Assert.Contains("RO", top);

        Assert.InRange(Share(Cases.Select(c => c.Facts), f => Departements.Find(f.Departement)!.RegionCode == "11"), 0.3, 0.55);
        Assert.Contains(Cases, c => c.Facts.Departement == "973");
    }

    [Fact]
    public void Generate_AgenciesSeeWhatTheyDetect()
    {
        Assert.Equal(DemoAgencies.Keys.Order(), Cases.Select(c => c.AgencyKey).Distinct().Order());

        Assert.All(Cases.Where(c => c.AgencyKey == DemoAgencies.ChildWelfare), c => Assert.True(IsChild(c.Facts) || c.Facts.AgeDisputed || AgeAtDetection(c.Facts) is null or < 19));
        var labour = Cases.Where(c => c.AgencyKey == DemoAgencies.Labour).Select(c => c.Facts).ToList();
        Assert.InRange(Share(labour, f => f.ExploitationForms[0] is ExploitationForm.ForcedLabour or ExploitationForm.DomesticServitude), 0.9, 1);
    }

    [Fact]
    public void Generate_RecordsAboutOnePersonInTenTwiceOrThrice()
    {
        var seenTwice = Persons.Count(p => p.Count() == 2);
        var seenThrice = Persons.Count(p => p.Count() == 3);

        Assert.InRange((double)(seenTwice + seenThrice) / Persons.Count, 0.06, 0.16);
        Assert.InRange(seenThrice, 1, seenTwice);
        Assert.DoesNotContain(Persons, p => p.Count() > 3);
    }

    [Fact]
    public void Generate_EachAgencyRecordsTheSamePersonItsOwnWay()
    {
        var duplicated = Persons.Where(p => p.Count() > 1).ToList();

        Assert.All(duplicated, p =>
        {
            Assert.Equal(p.Count(), p.Select(c => c.AgencyKey).Distinct().Count());
            Assert.Equal(p.Count(), p.Select(c => PseudonymWord(c.Facts.Pseudonym)).Distinct().Count());
        });
        Assert.Contains(duplicated, p => p.Select(c => c.Facts.Identity.LegalName).OfType<string>().Distinct().Count() > 1);
        Assert.Contains(duplicated, p => p.Select(c => c.Facts.Identity.DateOfBirth).OfType<DateOnly>().Distinct().Count() > 1);
    }

    [Fact]
    public void Generate_EveryPersonIsVisiblyFictional()
    {
        Assert.All(Cases.Select(c => c.Facts.Identity.LegalName).OfType<string>(), name =>
            Assert.Contains(name.Split(' '), word => FictionalNames.FamilyNames.Any(f => AtMostOneSlip(word.ToUpperInvariant(), f.ToUpperInvariant()))));
        Assert.All(Cases.Select(c => c.Facts.Identity.Phone).OfType<string>(), phone =>
            Assert.Matches("^019900[0-9]{4}$", NationalDigits(phone)));
        Assert.All(Cases, c => Assert.Contains("fictive", c.Facts.Identity.Notes, StringComparison.Ordinal));
        Assert.All(Cases, c => Assert.Contains(PseudonymWord(c.Facts.Pseudonym), FictionalNames.Pseudonyms));
    }

    private static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        return (double)list.Count(predicate) / list.Count;
    }

    private static int? AgeAtDetection(CaseFacts f) =>
        f.Identity.DateOfBirth is { } dob ? Age.At(dob, f.DetectedOn) : f.BirthYear is { } year ? Age.ReachedIn(year, f.DetectedOn.Year) : f.EstimatedAge;

    private static bool IsChild(CaseFacts f) => f.AgeDisputed || AgeAtDetection(f) < 18;

    /// <summary>"Rose 3" is the agency's third Rose.</summary>
    private static string PseudonymWord(string pseudonym) => pseudonym.Split(' ')[0];

    private static string NationalDigits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsDigit)]);
        return digits.StartsWith("33", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    /// <summary>Equal, or one letter dropped, added, changed or swapped with its neighbour.</summary>
    private static bool AtMostOneSlip(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count == 1
                || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1
            && Enumerable.Range(0, longer.Length).Any(i => longer.Remove(i, 1) == shorter);
    }

    private static string Describe(DemoCase c)
    {
        var f = c.Facts;
        var id = f.Identity;
        return string.Join(
            '|',
            c.PersonId.ToString(CultureInfo.InvariantCulture),
            c.AgencyKey,
            c.RegisteredOn.ToString("O", CultureInfo.InvariantCulture),
            f.Pseudonym,
            f.Sex,
            f.BirthYear,
            f.EstimatedAge,
            f.AgeDisputed,
            f.Nationality,
            string.Join('+', f.ExploitationForms),
            f.Departement,
            f.DetectedOn.ToString("O", CultureInfo.InvariantCulture),
            id.LegalName,
            id.DateOfBirth?.ToString("O", CultureInfo.InvariantCulture),
            id.Phone,
            string.Join(',', id.Languages),
            id.Notes);
    }
}
