namespace Passerelle.Web.Features.Cases;

/// <summary>A page that shows the case form (<c>_CaseForm</c>): new and edit.</summary>
public interface ICaseFormPage
{
    CaseForm Form { get; }
    IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Whether the identifying fields are shown, hence posted: only where <see cref="CaseOperations.UpdateIdentity"/> holds.</summary>
    bool IdentityEditable => true;
}
