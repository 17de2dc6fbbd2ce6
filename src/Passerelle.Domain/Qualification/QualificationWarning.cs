using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Qualification;

/// <param name="Text">Explains the warning and cites <paramref name="LegalReference"/>, in both languages.</param>
public sealed record QualificationWarning(QualificationWarningCode Code, LocalizedText Text, string LegalReference);
