using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;

namespace Passerelle.Domain.Tests.Statistics;

/// <summary>Five persons in seven records; P1 and P3 are each recorded by two agencies.</summary>
internal static class KnownDataset
{
    public static IReadOnlyList<StatisticalRecord> Records { get; } =
    [
        // P1: detected by the police, then by an NGO that disagrees on sex and département and shelters her.
        new("P1", "C1", new DateOnly(2024, 3, 10))
        {
            Sex = Sex.Female, Age = 16, Nationality = "NG", ExploitationForm = ExploitationForm.SexualExploitation,
            RecruitmentMeans = RecruitmentMeans.OnlineSocialNetwork, Departement = "75", AgencyType = AgencyType.Police,
            Reached = Set(Measure.Screened, Measure.RgPositive),
        },
        new("P1", "C2", new DateOnly(2024, 6, 1))
        {
            Sex = Sex.Male, Age = 17, Nationality = "NG", ExploitationForm = ExploitationForm.SexualExploitation,
            Departement = "93", AgencyType = AgencyType.SpecialisedNgo,
            SexExploitationType = Passerelle.Domain.Htcds.SexExploitationType.RemoteInteractiveServices,
            Reached = Set(Measure.Sheltered, Measure.Screened),
            Amounts = new Dictionary<Measure, decimal> { [Measure.CompensationGrantedAmount] = 1000m },
        },
        new("P2", "C3", new DateOnly(2024, 1, 5))
        {
            Sex = Sex.Male, Age = 30, Nationality = "RO", ExploitationForm = ExploitationForm.ForcedLabour,
            RecruitmentMeans = RecruitmentMeans.JobOffer, Departement = "13", AgencyType = AgencyType.Gendarmerie,
            ForcedLabourIndustry = Passerelle.Domain.Htcds.ForcedLabourIndustry.Construction, ExploitationCountry = "es",
            Reached = Set(Measure.Screened),
            Amounts = new Dictionary<Measure, decimal> { [Measure.CompensationGrantedAmount] = 500m },
        },

        // P3: the labour inspection did not record sex or age; the NGO's later record fills them in.
        new("P3", "C4", new DateOnly(2025, 2, 1))
        {
            Nationality = "FR", ExploitationForm = ExploitationForm.DomesticServitude, Departement = "69",
            AgencyType = AgencyType.LabourInspection, ExploitationCountry = "FR",
        },
        new("P3", "C5", new DateOnly(2025, 3, 1))
        {
            Sex = Sex.Female, Age = 40, Nationality = "FR", Departement = "01", AgencyType = AgencyType.SpecialisedNgo,
            Amounts = new Dictionary<Measure, decimal> { [Measure.CompensationGrantedAmount] = 200m },
        },
        new("P4", "C6", new DateOnly(2025, 7, 15))
        {
            Sex = Sex.Female, Age = 12, Nationality = "FR", ExploitationForm = ExploitationForm.SexualExploitation,
            RecruitmentMeans = RecruitmentMeans.OnlineSocialNetwork, Departement = "75", AgencyType = AgencyType.Police,
            Reached = Set(Measure.Screened, Measure.RgPositive, Measure.CgPositive),
        },
        new("P5", "C7", new DateOnly(2025, 11, 20))
        {
            Sex = Sex.Female, Age = 19, PresumedMinor = true, AgencyType = AgencyType.ChildWelfare,
            Reached = Set(Measure.ChildrenMissing),
        },
    ];

    private static HashSet<Measure> Set(params Measure[] measures) => [.. measures];
}
