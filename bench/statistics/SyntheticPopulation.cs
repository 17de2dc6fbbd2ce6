using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;
using Passerelle.Domain.Statistics.Records;

namespace Passerelle.Bench.Statistics;

/// <summary>
/// Synthetic persons and their case records: about 15 % of persons are recorded by two or more agencies, whose
/// records disagree now and then (another age, sex or département), as they do in real life.
/// </summary>
public sealed class SyntheticPopulation(int seed)
{
    private static readonly string[] Nationalities = ["FR", "FR", "FR", "RO", "BG", "NG", "NG", "CN", "BR", "MA", "DZ", "AL", "VN", "UA", "CI", "CM", "IT", "ES"];
    private static readonly string[] Departements = ["75", "93", "92", "94", "13", "69", "59", "33", "31", "06", "67", "44", "34", "2A", "974", "971", "76", "38"];
    private static readonly AgencyType[] Agencies = [AgencyType.Police, AgencyType.Gendarmerie, AgencyType.LabourInspection, AgencyType.SpecialisedNgo, AgencyType.ChildWelfare, AgencyType.Health];
    private readonly Random random = new(seed);
    private long next;

    /// <summary>The records of one person: one, or (15 %) two or three by different agencies.</summary>
    public List<StatisticalRecord> NextPerson()
    {
        var personKey = Guid.CreateVersion7().ToString();
        var copies = random.Next(100) switch { < 85 => 1, < 97 => 2, _ => 3 };
        var detected = new DateOnly(2019, 1, 1).AddDays(random.Next(7 * 365));
        var sex = random.Next(100) switch { < 70 => Sex.Female, < 97 => Sex.Male, < 98 => Sex.Other, _ => Sex.Unknown };
        int? age = random.Next(12) == 0 ? null : random.Next(100) < 20 ? random.Next(10, 18) : random.Next(18, 65);
        var nationality = random.Next(20) == 0 ? null : Nationalities[random.Next(Nationalities.Length)];
        ExploitationForm? form = random.Next(25) == 0 ? null : random.Next(100) switch
        {
            < 60 => ExploitationForm.SexualExploitation,
            < 80 => ExploitationForm.ForcedLabour,
            < 87 => ExploitationForm.DomesticServitude,
            < 93 => ExploitationForm.ForcedBegging,
            < 98 => ExploitationForm.ForcedCriminality,
            _ => ExploitationForm.Other,
        };
        RecruitmentMeans? means = random.Next(3) == 0 ? null : (RecruitmentMeans)random.Next(1, 7);
        var departement = Departements[random.Next(Departements.Length)];
        var records = new List<StatisticalRecord>(copies);
        for (var c = 0; c < copies; c++)
        {
            var disagrees = c > 0 && random.Next(10) == 0;
            records.Add(new StatisticalRecord(personKey, (next++).ToString("D9", System.Globalization.CultureInfo.InvariantCulture), detected.AddDays(c * random.Next(1, 200)))
            {
                Sex = disagrees ? Sex.Unknown : sex,
                Age = disagrees && age is { } a ? a + 1 : age,
                PresumedMinor = age is < 18 && random.Next(10) == 0,
                Nationality = nationality,
                ExploitationForm = form,
                RecruitmentMeans = means,
                Departement = disagrees ? Departements[random.Next(Departements.Length)] : departement,
                AgencyType = Agencies[random.Next(Agencies.Length)],
                Reached = Reached(age),
                Amounts = Amounts(),
            });
        }

        return records;
    }

    private HashSet<Measure> Reached(int? age)
    {
        var reached = new HashSet<Measure>();
        void Maybe(Measure measure, int percent)
        {
            if (random.Next(100) < percent)
            {
                reached.Add(measure);
            }
        }

        Maybe(Measure.Screened, 70);
        Maybe(Measure.RgPositive, 40);
        Maybe(Measure.CgPositive, 25);
        Maybe(Measure.Assisted, 50);
        Maybe(Measure.Sheltered, 20);
        Maybe(Measure.ReflectionPeriods, 15);
        Maybe(Measure.ResidencePermitsFirst, 7);
        Maybe(Measure.ResidencePermitsRenewal, 3);
        if (reached.Contains(Measure.ResidencePermitsFirst) || reached.Contains(Measure.ResidencePermitsRenewal))
        {
            reached.Add(Measure.ResidencePermits);
        }

        Maybe(Measure.Aps, 5);
        Maybe(Measure.ExitPathway, 3);
        Maybe(Measure.Complaints, 30);
        Maybe(Measure.CompensationClaimed, 10);
        Maybe(Measure.CompensationGranted, 5);
        if (age is < 18)
        {
            Maybe(Measure.ChildrenMissing, 5);
        }

        return reached;
    }

    private Dictionary<Measure, decimal> Amounts()
    {
        var amounts = new Dictionary<Measure, decimal>();
        if (random.Next(100) < 10)
        {
            amounts[Measure.CompensationClaimedAmount] = random.Next(1_000, 50_000);
        }

        if (random.Next(100) < 5)
        {
            amounts[Measure.CompensationGrantedAmount] = random.Next(500, 30_000);
        }

        if (random.Next(100) < 2)
        {
            amounts[Measure.Confiscations] = random.Next(1_000, 200_000);
        }

        return amounts;
    }
}
