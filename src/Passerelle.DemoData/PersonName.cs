namespace Passerelle.DemoData;

/// <summary>A person's legal name as the person would give it: given names, then the family name.</summary>
internal sealed record PersonName(IReadOnlyList<string> GivenNames, string FamilyName)
{
    public override string ToString() => $"{string.Join(' ', GivenNames)} {FamilyName}";
}
