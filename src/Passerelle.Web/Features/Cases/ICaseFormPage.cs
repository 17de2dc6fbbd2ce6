namespace Passerelle.Web.Features.Cases;

/// <summary>A page that shows the case form (<c>_CaseForm</c>): new and edit.</summary>
public interface ICaseFormPage
{
    CaseForm Form { get; }
    IReadOnlyDictionary<string, string[]> Errors { get; }
}
