using Passerelle.Domain.Linkage;

namespace Passerelle.Domain.Tests.Linkage;

public class PairKeySetTests
{
    [Fact]
    public void Holds_the_same_keys_as_a_hash_set_through_its_growths()
    {
        var random = new Random(13);
        var set = new PairKeySet();
        var reference = new HashSet<long>();
        for (var n = 0; n < 200_000; n++)
        {
            // Neighbouring indexes, as records of one person are: the keys whose own hash collides.
            var left = random.Next(0, 5_000);
            var key = random.Next(3) == 0 ? PairKey.Of(left, left + 1 + random.Next(3)) : PairKey.Of(random.Next(), random.Next());

            Assert.Equal(reference.Add(key), set.Add(key));
        }

        Assert.Equal(reference.Count, set.Count);
        Assert.All(reference, key => Assert.True(set.Contains(key)));
        for (var n = 0; n < 10_000; n++)
        {
            var key = PairKey.Of(random.Next(), random.Next());
            Assert.Equal(reference.Contains(key), set.Contains(key));
        }
    }

    [Fact]
    public void Key_zero_is_a_key_and_a_negative_number_is_not()
    {
        var set = new PairKeySet();

        Assert.False(set.Contains(0));
        Assert.True(set.Add(0));
        Assert.False(set.Add(0));
        Assert.True(set.Contains(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add(-1));
    }
}
