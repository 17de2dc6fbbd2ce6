namespace Passerelle.Domain.Statistics.Dimensions;

/// <summary>
/// What a table can be broken down by. Serialized in camelCase (<see cref="StatisticalDimensions.Name"/>), the
/// form the API's <c>by</c> parameter and the cells' keys use.
/// </summary>
public enum StatisticalDimension
{
    Year = 1,
    Quarter = 2,
    Sex = 3,
    AgeGroup = 4,
    ChildOrAdult = 5,
    Nationality = 6,
    NationalityGroup = 7,
    ExploitationForm = 8,
    RecruitmentMeans = 9,
    Departement = 10,
    Region = 11,
    AgencyType = 12,

    /// <summary>
    /// The economic sector of forced labour (ISIC Rev. 4 section, HTCDS 2.0 <c>vic_ForcedLabourIndustry</c>): the seed
    /// report asks that it be measured (¶34, /work/shared/seeds). Issue 18 item 1.
    /// </summary>
    ForcedLabourIndustry = 13,

    /// <summary>The type of sexual exploitation (HTCDS 2.0 <c>vic_TypeOfSexExploitation</c>), the first recorded. Issue 18 item 1.</summary>
    SexExploitationType = 14,

    /// <summary>
    /// The country of exploitation (HTCDS 2.0 trafficking event <c>hte_Country</c> of the first place recorded at the
    /// exploitation stage): shows the trafficking that crosses no border (French nationals exploited in France), which the
    /// law covers as well (Code pénal art. 225-4-1 requires no border crossing; seed report ¶24).
    /// </summary>
    ExploitationCountry = 15,
}
