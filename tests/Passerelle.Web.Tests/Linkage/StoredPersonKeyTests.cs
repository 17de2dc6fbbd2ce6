using Passerelle.Domain.Linkage.Clustering;
using Passerelle.Web.Features.Linkage;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>
/// The engine keys a person "P-" + its oldest record's id, or "P-" + id + "~n" when a split left that key to
/// another person. The second is no case id: storing it failed the run (and the coordinator's decision) with a 500.
/// </summary>
public sealed class StoredPersonKeyTests
{
    [Fact]
    public void A_key_made_of_a_case_id_is_stored_as_that_id()
    {
        var id = Guid.CreateVersion7();
        Assert.Equal(id, LinkageRunner.StoredKey(PersonKeys.Prefix + id));
    }

    [Fact]
    public void A_split_persons_numbered_key_is_stored_as_a_key_never_used()
    {
        var anchor = Guid.CreateVersion7();
        var clusters = new IReadOnlyList<string>[] { [anchor.ToString()], [Guid.CreateVersion7().ToString()] };
        // Both records were one person keyed after the anchor, which a third record's person now holds.
        var previous = new Dictionary<string, string>
        {
            [clusters[1][0]] = PersonKeys.Prefix + anchor,
            ["third"] = PersonKeys.Prefix + anchor,
        };
        var engineKeys = PersonKeys.Assign([.. clusters, ["third"]], previous);
        Assert.EndsWith("~2", engineKeys[0], StringComparison.Ordinal);

        var stored = LinkageRunner.StoredKey(engineKeys[0]);

        Assert.NotEqual(Guid.Empty, stored);
        Assert.NotEqual(anchor, stored);
        Assert.NotEqual(stored, LinkageRunner.StoredKey(engineKeys[0]));
    }
}
