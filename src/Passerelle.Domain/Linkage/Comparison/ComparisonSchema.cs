namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>The fields compared in one run (those some record carries) and the names of their levels.</summary>
public sealed class ComparisonSchema
{
    public ComparisonSchema(IEnumerable<LinkageField> fields)
    {
        Fields = [.. fields.Distinct().Order()];
        if (Fields.Count == 0)
        {
            throw new ArgumentException("At least one field must be compared.", nameof(fields));
        }
    }

    public IReadOnlyList<LinkageField> Fields { get; }

    public int LevelCount(int fieldIndex) => LevelNames(Fields[fieldIndex]).Count;

    public static IReadOnlyList<string> LevelNames(LinkageField field) => field switch
    {
        LinkageField.GivenName or LinkageField.FamilyName => NameComparator.LevelNames,
        LinkageField.BirthDate => DateComparator.LevelNames,
        LinkageField.Sex or LinkageField.Nationality => ExactComparator.TwoLevelNames,
        LinkageField.Street or LinkageField.City => TextComparator.LevelNames,
        LinkageField.Postcode or LinkageField.Phone or LinkageField.Identifier => ExactComparator.LevelNames,
    };
}
