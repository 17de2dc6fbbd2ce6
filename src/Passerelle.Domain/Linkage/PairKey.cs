namespace Passerelle.Domain.Linkage;

/// <summary>An unordered pair of record indexes as one number, for sets of pairs; keys sort by left, then right.</summary>
public static class PairKey
{
    public static long Of(int left, int right) =>
        left < right ? ((long)left << 32) | (uint)right : ((long)right << 32) | (uint)left;

    /// <summary>The two indexes of a key, smaller first.</summary>
    public static (int Left, int Right) Split(long key) => ((int)(key >> 32), (int)(uint)key);
}
