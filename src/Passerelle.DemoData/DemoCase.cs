using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>One fictional case as an agency registered it.</summary>
/// <param name="AgencyKey">One of <see cref="DemoAgencies.Keys"/>.</param>
/// <param name="PersonId">
/// The true person behind the record: records of the same person, made by different agencies with their own
/// spellings, share it. Record linkage measures itself against it; the application never sees it.
/// </param>
public sealed record DemoCase(string AgencyKey, CaseFacts Facts, DateOnly RegisteredOn, int PersonId);
