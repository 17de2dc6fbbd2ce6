using Passerelle.Domain.Qualification;
using Passerelle.Domain.Texts;

namespace Passerelle.Web.Features.Qualification;

public sealed record WarningView(QualificationWarningCode Code, string Text, string LegalReference);

public sealed record PenaltyView(string Article, int? Years, bool Life, long FineEuros, bool Crime, string Text);

public sealed record QualificationView(
    Guid? Id,
    bool Trafficking,
    bool Child,
    IReadOnlyList<MissingElement> MissingElements,
    IReadOnlyList<WarningView> Warnings,
    PenaltyView? Penalty,
    QualificationFacts Facts,
    DateTime? RecordedAt)
{
    public static QualificationView Of(QualificationFacts facts, Language language, Guid? id = null, DateTime? recordedAt = null)
    {
        var advice = QualificationAdvisor.Advise(facts);
        return new QualificationView(
            id,
            advice.Trafficking,
            advice.Child,
            advice.MissingElements,
            advice.Warnings.Select(w => new WarningView(w.Code, w.Text.In(language), w.LegalReference)).ToList(),
            advice.Penalty is { } p ? new PenaltyView(p.Article, p.Years, p.Life, p.FineEuros, p.Crime, p.Text.In(language)) : null,
            facts,
            recordedAt);
    }
}
