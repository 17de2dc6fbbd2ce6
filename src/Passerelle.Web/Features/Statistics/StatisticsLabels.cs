using Microsoft.Extensions.Localization;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Dimensions;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Texts;
using Passerelle.Web.Platform.Localization;

namespace Passerelle.Web.Features.Statistics;

/// <summary>Labels of measures, dimensions and categories in the reader's language.</summary>
public sealed class StatisticsLabels(IStringLocalizer<Text> t)
{
    private static Language Language => LocalizationSetup.CurrentLanguage;

    public static string Of(Measure measure) => MeasureCatalogue.Of(measure).Label.In(Language);

    public static string Of(StatisticalDimension dimension) => StatisticalDimensions.Label(dimension).In(Language);

    public string Of(StatisticalDimension dimension, string? code)
    {
        if (code is null)
        {
            return Language == Language.French ? "Total" : "Total";
        }

        if (code == Category.UnknownCode)
        {
            return Category.Unknown.Label.In(Language);
        }

        return dimension switch
        {
            StatisticalDimension.ExploitationForm when KebabCase.TryParse<ExploitationForm>(code, out var form) => t[Labels.Of(form)],
            StatisticalDimension.AgencyType when KebabCase.TryParse<AgencyType>(code, out var type) => t[Labels.Of(type)],
            StatisticalDimension.RecruitmentMeans when KebabCase.TryParse<RecruitmentMeans>(code, out var means) => t[Labels.Of(means)],
            StatisticalDimension.ForcedLabourIndustry when KebabCase.TryParse<Domain.Htcds.ForcedLabourIndustry>(code, out var industry) => t[Labels.Of(industry)],
            StatisticalDimension.SexExploitationType when KebabCase.TryParse<Domain.Htcds.SexExploitationType>(code, out var sexType) => t[Labels.Of(sexType)],
            _ => StatisticalDimensions.LabelOf(dimension, code).In(Language),
        };
    }

}
