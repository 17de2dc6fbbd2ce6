using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

public class ComparatorTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("dupont", "dupont", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_MatchesPublishedValues(string left, string right, double expected) =>
        Assert.Equal(expected, StringMetrics.JaroWinkler(left, right), 3);

    [Theory]
    [InlineData("martin", "martin", 0)]
    [InlineData("martin", "matrin", 1)]
    [InlineData("martin", "martine", 1)]
    [InlineData("martin", "marti", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void DamerauLevenshtein_CountsTranspositionsAsOneEdit(string left, string right, int expected) =>
        Assert.Equal(expected, StringMetrics.DamerauLevenshtein(left, right));

    [Theory]
    [InlineData("Dupont", "Dupond")]
    [InlineData("Mohamed", "Muhammad")]
    [InlineData("Mohamed", "Mouhamed")]
    [InlineData("Mohamed", "محمد")]
    [InlineData("Tchernov", "Chernov")]
    [InlineData("Philippe", "Filip")]
    [InlineData("Christophe", "Kristof")]
    [InlineData("Djamel", "Jamel")]
    [InlineData("Youssouf", "Yusuf")]
    [InlineData("Ahmed", "Ahmet")]
    public void Phonetic_MergesSpellingsOfOneName(string left, string right) =>
        Assert.Equal(Code(left), Code(right));

    [Theory]
    [InlineData("Mamadou", "Mohamed")]
    [InlineData("Martin", "Bernard")]
    [InlineData("Nguyen", "Ngo")]
    public void Phonetic_SeparatesDifferentNames(string left, string right) =>
        Assert.NotEqual(Code(left), Code(right));

    [Theory]
    [InlineData("Dupont", "Dupont", 4)]
    [InlineData("Dupont", "Dumont", 2)]
    [InlineData("Dupont", "Dupnot", 3)]
    [InlineData("Dupont", "Dupond", 3)]
    [InlineData("Mohamed", "Muhammad", 1)]
    [InlineData("Dupont", "Bernard", 0)]
    [InlineData("Dupont", "", ComparisonLevel.Missing)]
    [InlineData("Yalaka", "Yslaka", 2)]
    [InlineData("Bah", "aBh", 2)]
    [InlineData("Ola", "lOa", 2)]
    public void Name_IsComparedInLevels(string left, string right, int level) =>
        Assert.Equal(level, NameComparator.Compare(NameStandardiser.FamilyName(left), NameStandardiser.FamilyName(right)));

    [Fact]
    public void Name_FirstGivenNameAgreesWithoutBeingExact() =>
        Assert.Equal(2, NameComparator.Compare(NameStandardiser.GivenName("Jean-Pierre"), NameStandardiser.GivenName("Jean")));

    [Theory]
    [InlineData("Happiness Gift", "Happiness Blessing")]
    [InlineData("Thi Lan", "Thi Hang")]
    [InlineData("Kadiatou Djeneba", "Kadiatou Fatoumata")]
    public void Name_TwoCompoundNamesThatDifferAfterTheFirstWordAgreeWeakly(string left, string right) =>
        Assert.True(NameComparator.Compare(NameStandardiser.GivenName(left), NameStandardiser.GivenName(right)) <= 1);

    [Theory]
    [InlineData("Joy Blessing", "Joy Blesing", 3)]
    [InlineData("Thi Hang", "Thi", 2)]
    public void Name_ACompoundNameWithATypoOrTruncatedStillAgrees(string left, string right, int level) =>
        Assert.Equal(level, NameComparator.Compare(NameStandardiser.GivenName(left), NameStandardiser.GivenName(right)));

    [Theory]
    [InlineData("1980-01-02", "02/01/1980", 9)]
    [InlineData("1980-01-02", "1980-02-01", 8)]
    [InlineData("1980-01-02", "1980-01-03", 7)]
    [InlineData("1980-06-12", "1979-06-12", 6)]
    [InlineData("1980", "1980", 5)]
    [InlineData("1980-01-02", "1980", 4)]
    [InlineData("1980", "1981", 3)]
    [InlineData("1980-01-02", "1981", 2)]
    [InlineData("1980-01-02", "1980-07-21", 1)]
    [InlineData("1980-01-02", "1975-07-21", 0)]
    [InlineData("2010-07-05", "1983-12-03", DateComparator.YearsApart)]
    [InlineData("1980-01-02", null, ComparisonLevel.Missing)]
    [InlineData("2002-01-01", "01/01/2002", 5)]
    [InlineData("2002-01-01", "2002", 5)]
    [InlineData("2002-01-01", "2003", 3)]
    [InlineData("2002-01-01", "2002-05-17", 4)]
    [InlineData("2002-01-01", "2003-05-17", 2)]
    [InlineData("2001-01-01", "2004-01-01", DateComparator.YearsApart)]
    [InlineData("2009-05-12", "2004-05-12", DateComparator.YearsApart)]
    public void Date_IsComparedInLevels(string left, string? right, int level) =>
        Assert.Equal(level, DateComparator.Compare(Date(left), Date(right)));

    [Fact]
    public void Record_ComparesSwappedNamesCrosswise()
    {
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.GivenName, LinkageField.FamilyName]));
        var left = StandardisedRecord.From(new PersonRecord("1") { GivenName = "Amina", FamilyName = "Okafor" });
        var right = StandardisedRecord.From(new PersonRecord("2") { GivenName = "OKAFOR", FamilyName = "Amina" });
        var levels = new byte[2];
        Assert.True(comparator.Compare(left, right, levels));
        Assert.Equal([4, 4], levels);
    }

    [Theory]
    [InlineData("Van Hung", "LE", "LÊ", "Van")]
    [InlineData("Nguyễn", "Van", "Van Nam", "Nguyễn")]
    public void Record_AGivenNameStartingWithAParticleMeetsItsTruncatedFormCrosswise(string given, string family, string otherGiven, string otherFamily)
    {
        // Vietnamese "Van Hung" cut to "Van" by one agency and swapped: read as a family name "Van Hung" loses its
        // particle ("Hung") while "Van" alone keeps it, so only the name as written meets the other.
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.GivenName, LinkageField.FamilyName]));
        var left = StandardisedRecord.From(new PersonRecord("1") { GivenName = given, FamilyName = family });
        var right = StandardisedRecord.From(new PersonRecord("2") { GivenName = otherGiven, FamilyName = otherFamily });
        var levels = new byte[2];
        Assert.True(comparator.Compare(left, right, levels));
        Assert.Contains((byte)4, levels);
        Assert.True(levels.Min() >= 2);
    }

    [Theory]
    [InlineData("martin", "matrin", true)]
    [InlineData("martin", "martine", true)]
    [InlineData("yalaka", "yslaka", true)]
    [InlineData("abh", "bah", true)]
    [InlineData("martin", "martin", false)]
    [InlineData("martin", "amrtni", false)]
    [InlineData("kitten", "sitting", false)]
    public void OneEditApart_AgreesWithDamerauLevenshtein(string left, string right, bool expected)
    {
        Assert.Equal(expected, StringMetrics.OneEditApart(left, right));
        Assert.Equal(StringMetrics.DamerauLevenshtein(left, right) == 1, StringMetrics.OneEditApart(right, left));
    }

    [Fact]
    public void Record_ASwapPlusATypoInTheFirstLettersOfTheOtherNameIsReadCrosswise()
    {
        var (swapped, levels) = CompareNames("Mehdi", "Yalaka", "Yslaka", "Mehdi");

        Assert.True(swapped);
        Assert.Equal([4, 2], levels);
    }

    [Theory]
    [InlineData("Andreea", "Rimi", "Rmii", "Andrea")]
    [InlineData("iQang", "Yang", "Yazg", "Qiang")]
    public void Record_ASwapPlusATypoInEachNameIsReadCrosswise(string given, string family, string otherGiven, string otherFamily)
    {
        var (swapped, levels) = CompareNames(given, family, otherGiven, otherFamily);

        Assert.True(swapped);
        Assert.True(levels.Min() >= 2);
    }

    [Theory]
    [InlineData("Rachid Bilal", "Laborum", "Laborum Rashid", "Bilal", 2)]
    [InlineData("Peace Joy", "Labore", "Labore Peace", "Jyo", 2)]
    public void Record_TheSameWordsSplitDifferentlyWithOneSpelledCloseAgreeAtThatWordsLevel(
        string given, string family, string otherGiven, string otherFamily, int oddLevel)
    {
        // Demo population, twelfth pass of issue 13: reordered across the two names and transliterated, the pair
        // was read "given different, family different" and fell to review on its phone alone.
        var (swapped, levels) = CompareNames(given, family, otherGiven, otherFamily);

        Assert.True(swapped);
        Assert.Equal(4, levels.Max());
        Assert.Equal(oddLevel, levels.Min());
    }

    [Theory]
    [InlineData("Rachid Bilal", "Laborum", "Laborum Karim", "Bilal")]
    [InlineData("Rachid Bilal", "Laborum", "Laborom Rashid", "Bilal")]
    public void Record_WordsSplitDifferentlyAgreeOnlyWhenAllButOneAreTheSameAndThatOneIsClose(
        string given, string family, string otherGiven, string otherFamily)
    {
        Assert.NotEqual(4, CompareNames(given, family, otherGiven, otherFamily).Levels.Max());
    }

    private static (bool Swapped, byte[] Levels) CompareNames(string given, string family, string otherGiven, string otherFamily)
    {
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.GivenName, LinkageField.FamilyName]));
        var levels = new byte[2];
        var swapped = comparator.Compare(
            StandardisedRecord.From(new PersonRecord("1") { GivenName = given, FamilyName = family }),
            StandardisedRecord.From(new PersonRecord("2") { GivenName = otherGiven, FamilyName = otherFamily }),
            levels);
        return (swapped, levels);
    }

    [Fact]
    public void Record_MissingFieldsAreMissingLevels()
    {
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.Phone, LinkageField.Sex]));
        var levels = new byte[2];
        comparator.Compare(
            StandardisedRecord.From(new PersonRecord("1") { Phone = "0612345678", Sex = "F" }),
            StandardisedRecord.From(new PersonRecord("2") { Sex = "H" }),
            levels);
        Assert.Equal([0, ComparisonLevel.Missing], levels); // schema order: sex before phone
    }

    private static string Code(string name) => NameStandardiser.FamilyName(name).Phonetic;

    private static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var d) ? d : null;
}
