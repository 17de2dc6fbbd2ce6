using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Privacy;

namespace Passerelle.Domain.Tests.Linkage;

public class PrivacyTests
{
    private static readonly ClkKey Key = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private static readonly ClkKey OtherKey = new(Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray());

    private static readonly PersonRecord Amina = new("1")
    {
        GivenName = "Amina",
        FamilyName = "Okafor",
        BirthDate = "1994-03-12",
        Sex = "F",
        City = "Lyon",
        Postcode = "69007",
    };

    [Fact]
    public void Encode_IsDeterministicUnderOneKey() =>
        Assert.Equal(new ClkEncoder(Key).Encode(Amina), new ClkEncoder(Key).Encode(Amina));

    [Fact]
    public void Encode_UnderAnotherKeyIsUnlinkable()
    {
        var filters = new BloomFilterSet([new ClkEncoder(Key).Encode(Amina), new ClkEncoder(OtherKey).Encode(Amina)]);

        // The same person under two keys looks like two strangers: about the overlap of independent random filters.
        Assert.InRange(filters.Dice(0, 1), 0.2, 0.6);
    }

    [Fact]
    public void Encode_KeepsSimilarRecordsSimilar()
    {
        var encoder = new ClkEncoder(Key);
        var filters = new BloomFilterSet(
        [
            encoder.Encode(Amina),
            encoder.Encode(Amina with { Id = "2", FamilyName = "OKAFFOR", GivenName = "Aminah" }),
            encoder.Encode(new PersonRecord("3") { GivenName = "Olga", FamilyName = "Petrov", BirthDate = "1988-11-02", Sex = "F", City = "Nice", Postcode = "06000" }),
        ]);

        Assert.True(filters.Dice(0, 1) > 0.8, $"{filters.Dice(0, 1)}");
        Assert.True(filters.Dice(0, 2) < 0.6, $"{filters.Dice(0, 2)}");
        Assert.Equal(1, filters.Dice(0, 0));
    }

    [Fact]
    public void Dice_EqualsTheDefinition()
    {
        var random = new Random(4);
        var filters = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, ClkSettings.Words).Select(_ => (ulong)random.NextInt64()).ToArray()).ToArray();
        var set = new BloomFilterSet(filters);
        int Bits(ulong[] f) => f.Sum(w => System.Numerics.BitOperations.PopCount(w));
        var common = filters[0].Zip(filters[1], (a, b) => System.Numerics.BitOperations.PopCount(a & b)).Sum();

        Assert.Equal(2.0 * common / (Bits(filters[0]) + Bits(filters[1])), set.Dice(0, 1), 12);
    }

    [Fact]
    public void Key_RoundTripsAsTextAndRefusesShortKeys()
    {
        Assert.True(ClkKey.TryParse(Key.ToText(), out var parsed));
        Assert.Equal(new ClkEncoder(Key).Encode(Amina), new ClkEncoder(parsed!).Encode(Amina));
        Assert.False(ClkKey.TryParse(Convert.ToBase64String(new byte[16]), out _));
        Assert.False(ClkKey.TryParse("not base64!", out _));
    }

    [Fact]
    public void EncodedRecord_RoundTripsAsBase64()
    {
        var record = new EncodedRecord("1", "A", new ClkEncoder(Key).Encode(Amina));

        Assert.True(EncodedRecord.TryParseBits(record.ToBase64(), out var bits));
        Assert.Equal(record.Bits, bits);
        Assert.False(EncodedRecord.TryParseBits("AAAA", out _));
    }

    [Fact]
    public void PrivateLinkage_FindsTheSamePersonsFromEncodingsOnly()
    {
        var (records, truth) = SyntheticPopulation.TwoAgencies(120, seed: 12);
        var encoder = new ClkEncoder(Key);
        var encoded = records.Select(r => new EncodedRecord(r.Id, r.Source, encoder.Encode(r))).ToList();

        var result = new PrivateLinkageEngine(new PrivateLinkageOptions { Mode = LinkageMode.AcrossSources, SourcesAreDeduplicated = true }).Run(encoded);

        var found = result.LinkedPairs.Select(p => string.CompareOrdinal(p.LeftId, p.RightId) < 0 ? (p.LeftId, p.RightId) : (p.RightId, p.LeftId)).ToHashSet();
        Assert.True(found.Count(truth.Contains) >= truth.Count * 0.9, $"{found.Count(truth.Contains)} of {truth.Count}");
        Assert.True(found.Count(p => !truth.Contains(p)) <= 3, $"{found.Count(p => !truth.Contains(p))} false");
        Assert.Equal(records.Count, result.Persons.Sum(p => p.RecordIds.Count));
    }

    [Fact]
    public void Mixture_SeparatesTwoGroupsOfScores()
    {
        var random = new Random(2);
        var scores = Enumerable.Range(0, 900).Select(_ => 0.45 + (0.05 * random.NextDouble()))
            .Concat(Enumerable.Range(0, 100).Select(_ => 0.85 + (0.1 * random.NextDouble()))).ToList();

        var mixture = DiceMixture.Fit(scores);

        Assert.InRange(mixture.Prior, 0.08, 0.12);
        Assert.InRange(mixture.Threshold(0.5), 0.5, 0.85);
    }

    [Fact]
    public void Namesakes_do_not_chain_two_persons_through_links_that_are_neither_record_s_best()
    {
        // Two persons, each recorded by agencies a and b (Dice 0.95 within a person); across persons every pair
        // is still above the match threshold (0.70–0.80), as concentrated names and short records make them.
        var records = new[]
        {
            Encoded("a1", "a", 0, 100), Encoded("b1", "b", 5, 105),
            Encoded("a2", "a", 25, 125), Encoded("b2", "b", 30, 130),
        };

        var result = new PrivateLinkageEngine(new PrivateLinkageOptions { Mode = LinkageMode.AcrossSources }).Run(records);

        Assert.Equal(2, result.Persons.Count);
        Assert.Contains(result.Persons, p => p.RecordIds.Contains("a1") && p.RecordIds.Contains("b1"));
        Assert.Contains(result.Persons, p => p.RecordIds.Contains("a2") && p.RecordIds.Contains("b2"));
    }

    private static EncodedRecord Encoded(string id, string source, int from, int to)
    {
        var bits = new ulong[ClkSettings.Words];
        for (var i = from; i < to; i++)
        {
            bits[i >> 6] |= 1UL << (i & 63);
        }

        return new EncodedRecord(id, source, bits);
    }
}
