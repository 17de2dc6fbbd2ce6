using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>One of the four lists of the catalogue, written <c>adult-labour</c>, <c>child-sexual</c>… in the catalogue JSON.</summary>
public readonly record struct IndicatorListId(Population Population, ExploitationList Exploitation)
{
    public static IReadOnlyList<IndicatorListId> All { get; } =
    [
        new(Population.Adult, ExploitationList.Labour),
        new(Population.Child, ExploitationList.Labour),
        new(Population.Adult, ExploitationList.Sexual),
        new(Population.Child, ExploitationList.Sexual),
    ];

    public override string ToString() => $"{KebabCase.Of(Population)}-{KebabCase.Of(Exploitation)}";

    public static bool TryParse(string? text, out IndicatorListId id)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToString() == text)
            {
                id = candidate;
                return true;
            }
        }

        id = default;
        return false;
    }

    public LocalizedText Label() => (Population, Exploitation) switch
    {
        (Population.Adult, ExploitationList.Labour) => new("adulte, exploitation par le travail", "adult, labour exploitation"),
        (Population.Child, ExploitationList.Labour) => new("enfant, exploitation par le travail", "child, labour exploitation"),
        (Population.Adult, ExploitationList.Sexual) => new("adulte, exploitation sexuelle", "adult, sexual exploitation"),
        (Population.Child, ExploitationList.Sexual) => new("enfant, exploitation sexuelle", "child, sexual exploitation"),
        _ => throw new InvalidOperationException($"Unknown indicator list {Population}/{Exploitation}."),
    };
}
