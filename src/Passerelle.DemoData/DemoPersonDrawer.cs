using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>Draws fictional persons in the proportions of <see cref="ExploitationProfiles"/>.</summary>
internal static class DemoPersonDrawer
{
    private const double AgeDisputedChance = 0.06;

    private static readonly IReadOnlyList<((int From, int To) Ages, double Weight)> AdultAges =
        [((18, 25), 30), ((25, 35), 40), ((35, 45), 20), ((45, 61), 10)];

    private static readonly IReadOnlyList<((int From, int To) Ages, double Weight)> WorkerAges =
        [((18, 25), 20), ((25, 35), 35), ((35, 45), 28), ((45, 61), 17)];

    public static DemoPerson Draw(Random random, DateOnly today)
    {
        var profile = random.Pick(ExploitationProfiles.ByWeight);
        List<ExploitationForm> forms = [profile.Form];
        if (profile.AlsoSuffered.Count > 0 && random.Chance(profile.SecondFormChance))
        {
            forms.Add(random.Pick(profile.AlsoSuffered));
        }

        var nationality = random.Pick(profile.Nationalities);
        var sex = random.Chance(profile.FemaleShare) ? Sex.Female : Sex.Male;
        var detectedOn = DetectionDates.Draw(random, today);

        // Age disputes arise with young foreigners who arrive without documents.
        var ageDisputed = nationality != "FR" && profile.ChildShare > 0 && random.Chance(AgeDisputedChance);
        var age = ageDisputed ? random.Next(15, 20)
            : random.Chance(profile.ChildShare) ? random.Next(profile.YoungestChild, 18)
            : AdultAge(random, profile.Form);
        var dateOfBirth = detectedOn.AddYears(-age).AddDays(-random.Next(365));

        var name = new PersonName(GivenNames.Draw(random, nationality, sex), random.Pick(FictionalNames.FamilyNames));
        return new DemoPerson(
            sex,
            dateOfBirth,
            ageDisputed,
            nationality,
            forms,
            DemoPlaces.Draw(random, profile.Form),
            detectedOn,
            name,
            DemoLanguages.Draw(random, nationality),
            random.Chance(0.6) ? random.Next(10_000) : null);
    }

    private static int AdultAge(Random random, ExploitationForm form)
    {
        var (from, to) = random.Pick(form == ExploitationForm.ForcedLabour ? WorkerAges : AdultAges);
        return random.Next(from, to);
    }
}
