using System.Security.Cryptography;

namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// The record keys of the cell-key method (ABS TableBuilder: Thompson, Broadfoot and Elazar 2013; ONS Census 2021):
/// each person carries one integer drawn uniformly in [0, <see cref="Range"/>) by a cryptographic generator, stored
/// once and never derived from who the person is, so that nobody can compute a person's key from their identity. A
/// cell's key is the sum of its persons' keys modulo the range (<see cref="CellKeyOf"/>). See
/// docs/statistics-disclosure.md.
/// </summary>
public static class RecordKeys
{
    /// <summary>2^16: the cell key indexes the perturbation table in steps of 1/65,536.</summary>
    public const int Range = 1 << 16;

    public static int Draw() => RandomNumberGenerator.GetInt32(Range);

    /// <summary>The cell key of a cell whose persons' record keys add up to <paramref name="keySum"/>.</summary>
    public static int CellKeyOf(long keySum) => (int)(((keySum % Range) + Range) % Range);
}
