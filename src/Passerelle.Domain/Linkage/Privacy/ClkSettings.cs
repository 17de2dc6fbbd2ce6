namespace Passerelle.Domain.Linkage.Privacy;

/// <summary>
/// How records become Bloom-filter encodings: bigrams of each standardised field, each set
/// <see cref="HashesPerGram"/> bits (the field weight: more bits, more say in the Dice coefficient).
/// </summary>
public sealed record ClkSettings
{
    public const int Bits = 1024;

    public const int Words = Bits / 64;

    /// <summary>
    /// Field weights, chosen so a typical record fills about half the filter (the best balance between
    /// collisions and information): names and birth date weigh most, as they identify a person across agencies.
    /// </summary>
    public IReadOnlyDictionary<LinkageField, int> HashesPerGram { get; init; } = new Dictionary<LinkageField, int>
    {
        [LinkageField.GivenName] = 15,
        [LinkageField.FamilyName] = 15,
        [LinkageField.BirthDate] = 12,
        [LinkageField.Sex] = 10,
        [LinkageField.Nationality] = 8,
        [LinkageField.Street] = 5,
        [LinkageField.City] = 6,
        [LinkageField.Postcode] = 8,
        [LinkageField.Phone] = 8,
        [LinkageField.Identifier] = 12,
    };

    public static ClkSettings Default { get; } = new();
}
