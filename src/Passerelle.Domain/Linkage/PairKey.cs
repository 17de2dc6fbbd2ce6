namespace Passerelle.Domain.Linkage;

/// <summary>An unordered pair of record indexes as one number, for sets of pairs.</summary>
public static class PairKey
{
    public static long Of(int left, int right) =>
        left < right ? ((long)left << 32) | (uint)right : ((long)right << 32) | (uint)left;
}
