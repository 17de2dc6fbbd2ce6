using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Privacy;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

/// <summary>Field-level encodings (format 2): what the linker receives, and that it links like plain linkage.</summary>
public class PrivacyTests
{
    private static readonly EncodingKey Key = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private static readonly EncodingKey OtherKey = new(Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray());

    private static readonly PersonRecord Amina = new("1")
    {
        GivenName = "Amina",
        FamilyName = "Okafor",
        BirthDate = "1994-03-12",
        Sex = "F",
        Nationality = "NG",
        City = "Lyon",
        Postcode = "69007",
    };

    private static string Text(EncodingKey key, PersonRecord record) => EncodedIdentity.Write(new FieldEncoder(key).Encode(record));

    private static StandardisedRecord Read(string text, string id = "1")
    {
        Assert.True(EncodedIdentity.TryRead(id, "", text, out var record, out var error), error);
        return record!;
    }

    private static byte[] Levels(StandardisedRecord a, StandardisedRecord b)
    {
        var levels = new byte[LinkageFields.All.Count];
        new RecordComparator(new ComparisonSchema(LinkageFields.All)).Compare(a, b, levels);
        return levels;
    }

    [Fact]
    public void Encode_IsDeterministicUnderOneKey_AndUnlinkableUnderAnother()
    {
        Assert.Equal(Text(Key, Amina), Text(Key, Amina));
        var (mine, other) = (Read(Text(Key, Amina)), Read(Text(OtherKey, Amina)));

        // Under another key no token agrees and the name filters overlap like strangers'.
        Assert.NotEqual(mine.FamilyName.Joined, other.FamilyName.Joined);
        Assert.NotEqual(mine.Nationality, other.Nationality);
        Assert.True(NameFilter.Dice(mine.FamilyName.Filter, other.FamilyName.Filter) < 0.4);
        Assert.Equal([0, 0], Levels(mine, other)[..2]);
    }

    [Fact]
    public void The_encoding_holds_no_clear_value()
    {
        var text = Text(Key, Amina with { GivenName = "Amina Grace", FamilyName = "Okafor", City = "Lyon" });

        foreach (var clear in new[] { "amina", "grace", "okafor", "lyon", "69007", "19940312" })
        {
            Assert.DoesNotContain(clear, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.StartsWith("2|", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoded_records_compare_in_the_same_levels_as_clear_ones()
    {
        PersonRecord[] pairs =
        [
            Amina with { Id = "2", GivenName = "AMINA", FamilyName = "Okafor", BirthDate = "12/03/1994" },
            Amina with { Id = "3", FamilyName = "OKAFFOR", BirthDate = "1994-12-03" },
            Amina with { Id = "4", GivenName = "Okafor", FamilyName = "Amina", BirthDate = "1995-03-12" },
            Amina with { Id = "5", GivenName = "Blessing", BirthDate = "1967-08-30", Sex = "M", Nationality = "GH" },
            Amina with { Id = "6", BirthDate = "1994", Sex = null },
            Amina with { Id = "7", BirthDate = "1994-03-13" },
        ];
        var encoder = new FieldEncoder(Key);
        var a = StandardisedRecord.From(Amina);
        var encodedA = Read(EncodedIdentity.Write(encoder.Encode(Amina)));
        foreach (var other in pairs)
        {
            var clear = Levels(a, StandardisedRecord.From(other));
            var encoded = Levels(encodedA, Read(EncodedIdentity.Write(encoder.Encode(other)), other.Id));

            // Names, date, sex and nationality agree level for level; city and postcode are exact-only when encoded.
            Assert.Equal(clear[..5], encoded[..5]);
        }
    }

    [Fact]
    public void Dates_keep_day_month_swaps_one_digit_typos_and_year_differences_but_not_their_values()
    {
        var encoder = new FieldEncoder(Key);
        PartialDate? Date(string text) => encoder.Encode(Amina with { BirthDate = text }).BirthDate;

        Assert.NotEqual(1994, Date("1994-03-12")!.Value.Year);
        Assert.Equal(9, DateComparator.Compare(Date("1994-03-12"), Date("12/03/1994")));
        Assert.Equal(8, DateComparator.Compare(Date("1994-03-12"), Date("1994-12-03")));
        Assert.Equal(7, DateComparator.Compare(Date("1994-03-12"), Date("1994-03-13")));
        Assert.Equal(DateComparator.YearsApart, DateComparator.Compare(Date("1994-03-12"), Date("1996-03-12")));
        // 1 January stays "year only" (the administrative date of undocumented persons), against a year alone too.
        Assert.Equal(5, DateComparator.Compare(Date("1994-01-01"), Date("1994-01-01")));
        Assert.Equal(5, DateComparator.Compare(Date("1994-01-01"), Date("1994")));
        Assert.Equal(4, DateComparator.Compare(Date("1994-01-01"), Date("1994-05-05")));
    }

    [Fact]
    public void Key_RoundTripsAsTextAndRefusesShortKeys()
    {
        Assert.True(EncodingKey.TryParse(Key.ToText(), out var parsed));
        Assert.Equal(Text(Key, Amina), Text(parsed!, Amina));
        Assert.False(EncodingKey.TryParse(Convert.ToBase64String(new byte[16]), out _));
        Assert.False(EncodingKey.TryParse("not base64!", out _));
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("1|abc", "format 1")]
    [InlineData("2|a|b", "parts")]
    [InlineData("2|x~y|||||||||||", "parts")]
    [InlineData("2|x~y||||||||||", "name")]
    public void Reading_refuses_what_is_not_an_encoding_of_format_2(string text, string message)
    {
        Assert.False(EncodedIdentity.TryRead("1", "", text, out var record, out var error));
        Assert.Null(record);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dice_EqualsTheDefinition()
    {
        var random = new Random(4);
        var filters = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, NameFilter.Words).Select(_ => (ulong)random.NextInt64()).ToArray()).ToArray();
        int Bits(ulong[] f) => f.Sum(w => System.Numerics.BitOperations.PopCount(w));
        var common = filters[0].Zip(filters[1], (a, b) => System.Numerics.BitOperations.PopCount(a & b)).Sum();

        Assert.Equal(2.0 * common / (Bits(filters[0]) + Bits(filters[1])), NameFilter.Dice(filters[0], filters[1]), 12);
    }

    [Fact]
    public void PrivateLinkage_FindsTheSamePersonsFromEncodingsOnly()
    {
        var (records, truth) = SyntheticPopulation.TwoAgencies(120, seed: 12);
        var encoder = new FieldEncoder(Key);
        var encoded = records.Select(r => Read(EncodedIdentity.Write(encoder.Encode(r)), r.Id) with { Source = r.Source }).ToList();

        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(encoded);

        var found = result.LinkedPairs.Select(p => string.CompareOrdinal(p.LeftId, p.RightId) < 0 ? (p.LeftId, p.RightId) : (p.RightId, p.LeftId)).ToHashSet();
        Assert.True(found.Count(truth.Contains) >= truth.Count * 0.9, $"{found.Count(truth.Contains)} of {truth.Count}");
        Assert.True(found.Count(p => !truth.Contains(p)) <= 3, $"{found.Count(p => !truth.Contains(p))} false");
        Assert.Equal(records.Count, result.Persons.Sum(p => p.RecordIds.Count));
    }
}

/// <summary>Issue 13's failure examples, linked from field-level encodings instead of clear records.</summary>
public class EncodedIssue13FailureTests : Issue13FailureTests
{
    private static readonly EncodingKey Key = new(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    protected override LinkageResult Link(LinkageOptions options, IEnumerable<PersonRecord> records)
    {
        var encoder = new FieldEncoder(Key);
        var encoded = records.Select(r =>
        {
            Assert.True(EncodedIdentity.TryRead(r.Id, r.Source, EncodedIdentity.Write(encoder.Encode(r)), out var e, out var error), error);
            return e!;
        }).ToList();
        return new LinkageEngine(options).Run(encoded);
    }
}
