using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Privacy;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

/// <summary>
/// Encodings read back with one <see cref="NameCache"/> (as <c>link --encoded</c> and the PPRL benchmark read
/// them): records whose names encode alike share one name, equal to the one each would read alone, and the engine
/// links them exactly as it links encodings read one by one.
/// </summary>
public class EncodedNameSharingTests
{
    private static readonly FieldEncoder Encoder = new(new EncodingKey(Enumerable.Range(0, 32).Select(i => (byte)(i * 3)).ToArray()));

    private static StandardisedRecord Read(PersonRecord record, NameCache? names)
    {
        Assert.True(EncodedIdentity.TryRead(record.Id, record.Source, EncodedIdentity.Write(Encoder.Encode(record)), out var read, out var error, names), error);
        return read!;
    }

    [Fact]
    public void Records_whose_names_encode_alike_share_one_name_equal_to_their_own()
    {
        var names = new NameCache();
        var first = new PersonRecord("1") { GivenName = "Thi Hang", FamilyName = "de la Fontaine", Nationality = "VN", City = "Paris" };
        var second = first with { Id = "2" };

        var (a, b) = (Read(first, names), Read(second, names));

        Assert.Same(a.GivenName, b.GivenName);
        Assert.Same(a.FamilyName, b.FamilyName);
        Assert.Same(a.GivenAsFamily, b.GivenAsFamily);
        Assert.Same(a.Nationality, b.Nationality);
        Assert.Same(a.City, b.City);
        var own = Read(first, names: null);
        foreach (var (mine, shared) in new[] { (own.GivenName, a.GivenName), (own.FamilyName, a.FamilyName), (own.GivenAsFamily, a.GivenAsFamily) })
        {
            Assert.NotSame(mine, shared);
            Assert.Equal(mine.Words, shared.Words);
            Assert.Equal(mine.Filter, shared.Filter);
            Assert.Equal(mine.Keys, shared.Keys);
            Assert.Equal(mine with { Words = shared.Words, Filter = shared.Filter }, shared);
        }

        Assert.Equal(own with { GivenName = a.GivenName, FamilyName = a.FamilyName, GivenAsFamily = a.GivenAsFamily }, a);
    }

    [Fact]
    public void A_text_that_is_not_an_encoded_name_is_refused_with_or_without_sharing()
    {
        var names = new NameCache();
        var text = EncodedIdentity.Write(Encoder.Encode(new PersonRecord("1") { GivenName = "Amina", FamilyName = "Okafor" }));
        var broken = string.Join('|', text.Split('|').Select((part, i) => i == 1 ? part[..^4] : part));

        Assert.False(EncodedIdentity.TryRead("1", "", broken, out _, out _, names));
        Assert.False(EncodedIdentity.TryRead("1", "", broken, out _, out _, names));
        Assert.True(EncodedIdentity.TryRead("1", "", text, out _, out var error, names), error);
    }

    [Fact]
    public void The_engine_links_shared_names_as_it_links_names_read_one_by_one()
    {
        var (records, _) = SyntheticPopulation.TwoAgencies(120, seed: 33);
        var names = new NameCache();
        var options = new LinkageOptions { Mode = LinkageMode.AcrossSources };

        var alone = new LinkageEngine(options).Run(records.Select(r => Read(r, names: null)).ToList());
        var shared = new LinkageEngine(options).Run(records.Select(r => Read(r, names)).ToList());

        Assert.NotEmpty(alone.LinkedPairs);
        Assert.Equal(alone.Thresholds, shared.Thresholds);
        Assert.Equal(alone.Pairs.Select(p => (p.LeftId, p.RightId, p.Weight, p.Decision)), shared.Pairs.Select(p => (p.LeftId, p.RightId, p.Weight, p.Decision)));
        Assert.Equal(alone.LinkedPairs, shared.LinkedPairs);
    }
}
