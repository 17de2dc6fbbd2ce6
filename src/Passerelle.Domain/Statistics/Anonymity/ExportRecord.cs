using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;

namespace Passerelle.Domain.Statistics.Anonymity;

/// <summary>The quasi-identifiers of one person in the case-level export, as recorded.</summary>
public sealed record QuasiIdentifierValues(Sex Sex, AgeGroup AgeGroup, string? Nationality, ExploitationForm? ExploitationForm, int Year, string? Departement);

/// <summary>One row of the CTDC-style export: its quasi-identifiers and the rest of the row, which is not generalised.</summary>
public sealed record ExportRecord<TPayload>(QuasiIdentifierValues QuasiIdentifiers, TPayload Payload);
