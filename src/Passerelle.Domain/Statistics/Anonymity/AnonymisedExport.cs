namespace Passerelle.Domain.Statistics.Anonymity;

/// <summary>One exported row with its quasi-identifiers generalised.</summary>
public sealed record AnonymisedRecord<TPayload>(IReadOnlyDictionary<QuasiIdentifier, string> QuasiIdentifiers, TPayload Payload);

/// <summary>The level chosen for one quasi-identifier, such as département at level 1, <c>region</c>.</summary>
public sealed record Generalisation(QuasiIdentifier QuasiIdentifier, int Level, string LevelName);

/// <summary>The k-anonymous export and what was done to get it, to print beside the download.</summary>
public sealed record AnonymisedExport<TPayload>(
    IReadOnlyList<AnonymisedRecord<TPayload>> Records,
    IReadOnlyList<Generalisation> Generalisations,
    int SuppressedRecords,
    int K);
