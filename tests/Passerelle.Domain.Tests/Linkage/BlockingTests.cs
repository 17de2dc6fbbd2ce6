using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

public class BlockingTests
{
    [Fact]
    public void A_two_part_key_needs_both_parts()
    {
        var record = StandardisedRecord.From(new PersonRecord("1") { GivenName = "Amina", FamilyName = "Diallo", Phone = "0612345678" });

        Assert.Null(Pass("given phonetic + postcode").Key(record));
        Assert.Null(Pass("family phonetic + postcode").Key(record));
        Assert.Null(Pass("family prefix + city").Key(record));
        Assert.NotNull(Pass("both name phonetics (either order)").Key(record));
        Assert.NotNull(Pass("phone").Key(record));
    }

    [Fact]
    public void Every_pass_that_grouped_a_pair_is_recorded()
    {
        var records = new[]
        {
            StandardisedRecord.From(new PersonRecord("1") { GivenName = "Amina", FamilyName = "Diallo", BirthDate = "1990-03-04" }),
            StandardisedRecord.From(new PersonRecord("2") { GivenName = "Amina", FamilyName = "Diallo", BirthDate = "1990-03-04" }),
            StandardisedRecord.From(new PersonRecord("3") { GivenName = "Fatou", FamilyName = "Sow", BirthDate = "1990-03-04" }),
        };

        var candidates = new MultiPassBlocker(BlockingPass.Defaults).Block(records, LinkageMode.Deduplicate);

        var passes = BlockingPass.Defaults.Select(p => p.Name).ToList();
        int Bit(string name) => 1 << passes.IndexOf(name);
        var sameName = candidates.PassesOf[candidates.Pairs.ToList().IndexOf((0, 1))];
        Assert.Equal(
            Bit("family phonetic + birth year") | Bit("both name phonetics (either order)") | Bit("full birth date")
            | Bit("given phonetic + birth day and month"),
            sameName);
        Assert.Equal(Bit("full birth date"), candidates.PassesOf[candidates.Pairs.ToList().IndexOf((0, 2))]);
    }

    private static BlockingPass Pass(string name) => BlockingPass.Defaults.Single(p => p.Name == name);
}
