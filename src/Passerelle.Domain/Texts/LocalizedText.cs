namespace Passerelle.Domain.Texts;

/// <summary>A text the domain writes in both languages, so that a stored result can be shown in either.</summary>
public sealed record LocalizedText(string French, string English)
{
    public string In(Language language) => language switch
    {
        Language.French => French,
        Language.English => English,
    };

    public override string ToString() => English;
}
