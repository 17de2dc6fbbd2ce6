namespace Passerelle.Domain.Texts;

/// <summary>The languages the domain writes its explanations in. The web layer picks one from the user's culture.</summary>
public enum Language
{
    French = 1,
    English = 2,
}
