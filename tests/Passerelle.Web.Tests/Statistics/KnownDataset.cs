using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Web.Features.Identification;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>
/// Fifteen cases of fourteen persons detected in 2025; one person is recorded by the police (female, 16, Albanian,
/// Rhône) and later by an NGO that recorded different facts (male, 40, Paris): the police, first to detect her, wins.
/// </summary>
public static class KnownDataset
{
    public static readonly Guid SharedPerson = Guid.Parse("0193a000-0000-7000-8000-00000000a11e");

    public static IEnumerable<StatisticsCase> Cases()
    {
        for (var i = 0; i < 6; i++)
        {
            yield return new(Sex.Female, "NG", "93", new DateOnly(2025, 3, 2), AgencyType.Police)
            {
                BirthYear = 2001,
                Form = ExploitationForm.SexualExploitation,
                Means = RecruitmentMeans.OnlineSocialNetwork,
                SexTypes = [Passerelle.Domain.Htcds.SexExploitationType.Prostitution, Passerelle.Domain.Htcds.SexExploitationType.Pornography],
                Screened = true,
            };
        }

        for (var i = 0; i < 5; i++)
        {
            yield return new(Sex.Male, "RO", "75", new DateOnly(2025, 7, 10), AgencyType.LabourInspection)
            {
                EstimatedAge = 30,
                Form = ExploitationForm.ForcedLabour,
                Means = RecruitmentMeans.JobOffer,
                Industry = Passerelle.Domain.Htcds.ForcedLabourIndustry.Construction,
                ExploitationCountry = "BE",
                Screened = true,
                Positive = [IdentificationStage.Rg, IdentificationStage.Cg],
            };
        }

        for (var i = 0; i < 2; i++)
        {
            yield return new(Sex.Female, "FR", "13", new DateOnly(2025, 11, 20), AgencyType.ChildWelfare)
            {
                BirthYear = 2009,
                ExploitationCountry = "FR",
                Form = ExploitationForm.SexualExploitation,
            };
        }

        yield return new(Sex.Female, "AL", "69", new DateOnly(2025, 2, 1), AgencyType.Police)
        {
            BirthYear = 2009,
            Form = ExploitationForm.DomesticServitude,
            PersonKey = SharedPerson,
        };
        yield return new(Sex.Male, null, "75", new DateOnly(2025, 5, 1), AgencyType.SpecialisedNgo)
        {
            EstimatedAge = 40,
            Form = ExploitationForm.ForcedLabour,
            PersonKey = SharedPerson,
            Screened = true,
        };
    }
}
