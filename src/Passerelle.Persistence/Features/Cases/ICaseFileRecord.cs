using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// A record of a case's file that is read and replaced whole, with its rows (rights, proceedings): one per case,
/// versioned (the ETag), a case fact (deadlines and statistics follow its save).
/// </summary>
public interface ICaseFileRecord : ICaseFact, IVersioned
{
    new Guid CaseId { get; init; }

    DateTime UpdatedAt { get; set; }

    Guid UpdatedBy { get; set; }
}
