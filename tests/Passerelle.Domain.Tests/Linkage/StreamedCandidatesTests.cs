using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

/// <summary>
/// The million fits in memory because candidates are generated, compared and counted chunk by chunk of records
/// (issue 13, item 4): chunks must change nothing, neither the pairs nor the result.
/// </summary>
public class StreamedCandidatesTests
{
    // Common names and split blocks (by birth year, some without one) so that cross-window pairs span chunks.
    private static StandardisedRecord[] Population()
    {
        var (records, _) = SyntheticPopulation.TwoAgencies(150, seed: 21);
        var namesakes = Enumerable.Range(0, 40).Select(i => new PersonRecord($"n{i:D2}")
        {
            Source = i % 2 == 0 ? "A" : "B",
            GivenName = "Van",
            FamilyName = "Nguyen",
            BirthDate = i % 7 == 0 ? null : $"{1990 + (i % 5)}-0{1 + (i % 9)}-1{i % 10}",
        });
        return [.. records.Concat(namesakes).Select(r => StandardisedRecord.From(r))];
    }

    [Theory]
    [InlineData(LinkageMode.Deduplicate)]
    [InlineData(LinkageMode.AcrossSources)]
    public void Chunked_blocking_finds_the_same_pairs_with_the_same_passes(LinkageMode mode)
    {
        var records = Population();
        var blocker = new MultiPassBlocker(BlockingPass.Defaults, maxBlockSize: 30, splitBlockSize: 12);
        var whole = blocker.Block(records, mode);
        var chunks = new List<long>();
        var chunked = blocker.Block(records, mode, pairsPerChunk: 50, onChunk: (keys, _) => chunks.Add(keys.Length));

        Assert.True(whole.Count > 300, $"only {whole.Count} pairs");
        Assert.True(chunks.Count > 5, $"only {chunks.Count} chunks");
        Assert.Equal(whole.Count, chunks.Sum());
        Assert.Equal(whole.Pairs, chunked.Pairs);
        Assert.Equal(whole.PassesOf!, chunked.PassesOf!);
        Assert.Equal(whole.Passes, chunked.Passes);
        Assert.Contains(whole.Passes, p => p.BlocksSplit > 0);
    }

    [Fact]
    public void Chunks_come_in_pair_order_each_sorted()
    {
        var records = Population();
        var keys = new List<long>();
        new MultiPassBlocker(BlockingPass.Defaults, 30, 12).Block(records, LinkageMode.Deduplicate, pairsPerChunk: 50,
            onChunk: (chunk, bits) =>
            {
                Assert.Equal(chunk.Length, bits.Length);
                Assert.All(bits.ToArray(), b => Assert.NotEqual(0, b));
                keys.AddRange(chunk.ToArray());
            });

        Assert.NotEmpty(keys);
        Assert.Equal(keys.Order(), keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void A_pair_is_found_by_index_in_either_order_and_an_absent_pair_is_not()
    {
        var records = Population();
        var candidates = new MultiPassBlocker(BlockingPass.Defaults, 30, 12).Block(records, LinkageMode.Deduplicate, pairsPerChunk: 50);
        var all = candidates.Pairs.ToList();
        var keys = all.Select(p => PairKey.Of(p.Left, p.Right)).ToHashSet();

        for (var i = 0; i < all.Count; i++)
        {
            Assert.True(all[i].Left < all[i].Right);
            Assert.Equal(all[i], candidates[i]);
            Assert.Equal(i, candidates.IndexOf(all[i].Left, all[i].Right));
            Assert.Equal(i, candidates.IndexOf(all[i].Right, all[i].Left));
        }

        var absent = Enumerable.Range(1, records.Length - 1).Select(r => (0, r)).First(p => !keys.Contains(PairKey.Of(p.Item1, p.r)));
        Assert.Equal(-1, candidates.IndexOf(absent.Item1, absent.r));
        Assert.Equal(-1, candidates.IndexOf(0, records.Length + 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => candidates[all.Count]);
    }

    [Theory]
    [InlineData(LinkageMode.Deduplicate)]
    [InlineData(LinkageMode.AcrossSources)]
    public void The_engine_gives_the_same_result_whatever_the_chunk_size(LinkageMode mode)
    {
        var records = Population();
        var whole = new LinkageEngine(new LinkageOptions { Mode = mode }).Run(records);
        var chunked = new LinkageEngine(new LinkageOptions { Mode = mode, PairsPerChunk = 40 }).Run(records);

        Assert.NotEmpty(whole.Pairs);
        Assert.Contains(whole.Pairs, p => p.Decision == Passerelle.Domain.Linkage.Scoring.MatchDecision.Review);
        Assert.Equal(whole.Blocking.Pairs, chunked.Blocking.Pairs);
        Assert.Equal(whole.Parameters.Prior, chunked.Parameters.Prior);
        Assert.Equal(whole.Thresholds, chunked.Thresholds);
        Assert.Equal(
            whole.Pairs.Select(p => (p.LeftId, p.RightId, p.Weight, p.Decision, p.NamesSwapped, p.Rule, string.Join(';', p.Explanation))),
            chunked.Pairs.Select(p => (p.LeftId, p.RightId, p.Weight, p.Decision, p.NamesSwapped, p.Rule, string.Join(';', p.Explanation))));
        Assert.Equal(whole.Persons.Select(p => (p.PersonKey, string.Join(',', p.RecordIds))), chunked.Persons.Select(p => (p.PersonKey, string.Join(',', p.RecordIds))));
        Assert.Equal(whole.LinkedPairs, chunked.LinkedPairs);
    }

    [Fact]
    public void The_engine_keeps_the_pairs_but_not_which_passes_found_them()
    {
        var result = new LinkageEngine(new LinkageOptions()).Run(Population());

        Assert.True(result.Blocking.Count > 0);
        Assert.Null(result.Blocking.PassesOf);
    }

    [Fact]
    public void A_kept_pair_is_explained_when_read_with_the_weights_it_was_decided_with()
    {
        var result = new LinkageEngine(new LinkageOptions { PairsPerChunk = 40 }).Run(Population());

        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs.Where(p => p.Rule is null), p =>
        {
            Assert.Equal(p.Weight, p.Explanation.Sum(f => f.Weight), 6);
            Assert.Equal(p.Explanation.Count, p.Explanation.ToList().Count);
            Assert.Same(p.Explanation[0], p.Explanation[0]);
        });
    }

    [Fact]
    public void Records_spelling_a_name_alike_share_one_standardised_name_equal_to_their_own()
    {
        var names = new NameCache();
        var first = new PersonRecord("1") { GivenName = "Thi Hang", FamilyName = "de la Fontaine", Nationality = "VN", City = "Paris" };
        var second = new PersonRecord("2") { GivenName = "Thi Hang", FamilyName = "de la Fontaine", Nationality = "VN", City = "Paris" };

        var (a, b) = (StandardisedRecord.From(first, names), StandardisedRecord.From(second, names));

        Assert.Same(a.GivenName, b.GivenName);
        Assert.Same(a.FamilyName, b.FamilyName);
        Assert.Same(a.GivenAsFamily, b.GivenAsFamily);
        Assert.Same(a.City, b.City);
        var own = StandardisedRecord.From(first);
        Assert.Equal(own with { GivenName = a.GivenName, FamilyName = a.FamilyName, GivenAsFamily = a.GivenAsFamily }, a);
        foreach (var (mine, shared) in new[] { (own.GivenName, a.GivenName), (own.FamilyName, a.FamilyName), (own.GivenAsFamily, a.GivenAsFamily) })
        {
            Assert.Equal(mine.Words, shared.Words);
            Assert.Equal(mine with { Words = shared.Words }, shared);
        }

        var empty = StandardisedRecord.From(new PersonRecord("3"), names);
        Assert.True(empty.GivenName.IsEmpty && empty.FamilyName.IsEmpty && empty.City.Length == 0);
    }

    [Fact]
    public void A_run_tells_its_phases_in_order_and_links_as_without_being_watched()
    {
        var phases = new List<string>();

        var watched = new LinkageEngine(new LinkageOptions { Progress = phases.Add }).Run(Population());
        var alone = new LinkageEngine(new LinkageOptions()).Run(Population());

        Assert.Equal(["comparing", "estimating", "weighing", "clustering", "persons"], phases);
        Assert.Equal(alone.LinkedPairs, watched.LinkedPairs);
    }
}
