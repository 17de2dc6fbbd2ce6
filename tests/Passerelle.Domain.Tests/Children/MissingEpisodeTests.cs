using Passerelle.Domain.Children;
using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Children;

public class MissingEpisodeTests
{
    private static readonly DateTimeOffset Reported = new(2026, 4, 5, 22, 30, 0, TimeSpan.FromHours(2));

    private static MissingEpisode Report() => MissingEpisode.Report(Reported, "Hotel, Saint-Denis", "Night porter");

    [Fact]
    public void Disappearance_AlertsTheLeadAgencyThePoliceAndTheFocalPoint() =>
        Assert.Equal([AlertRecipient.LeadAgency, AlertRecipient.Police, AlertRecipient.NationalFocalPoint], MissingEpisode.AlertRecipients);

    [Fact]
    public void Reported_ThenFound_ThenClosed()
    {
        var episode = Report();
        Assert.True(episode.IsOpen);

        episode.MarkFound(Reported.AddDays(3), "Paris, Gare du Nord");
        Assert.Equal(MissingEpisodeStatus.Found, episode.Status);

        episode.Close(Reported.AddDays(4));
        Assert.Equal(MissingEpisodeStatus.Closed, episode.Status);
        Assert.Throws<DomainRuleException>(() => episode.Close(Reported.AddDays(5)));
        Assert.Throws<DomainRuleException>(() => episode.MarkFound(Reported.AddDays(5)));
    }

    [Fact]
    public void Closing_WhileStillMissing_NeedsAReason()
    {
        var episode = Report();

        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => episode.Close(Reported.AddDays(200))).Field);
        episode.Close(Reported.AddDays(200), "Located in Belgium, handed to the Belgian authorities.");
        Assert.Equal(MissingEpisodeStatus.Closed, episode.Status);
    }

    [Fact]
    public void Found_BeforeTheReport_IsRefused() =>
        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => Report().MarkFound(Reported.AddHours(-1))).Kind);

    [Fact]
    public void Report_SaysWhereAndWho()
    {
        Assert.Equal("lastSeenAt", Assert.Throws<DomainRuleException>(() => MissingEpisode.Report(Reported, " ", "Porter")).Field);
        Assert.Equal("reportedBy", Assert.Throws<DomainRuleException>(() => MissingEpisode.Report(Reported, "Hotel", "")).Field);
    }

    [Fact]
    public void TheAlert_IsDueOnTheDayOfTheReport()
    {
        var fact = Report().ToDeadlineFact("M-1", alertedOn: null);

        var alert = Assert.Single(DeadlineEngine.Derive(new DeadlineFacts { Departement = "93", MissingEpisodes = [fact] }));

        Assert.Equal((DeadlineRule.MissingChildAlert, new DateOnly(2026, 4, 5)), (alert.Rule, alert.DueOn));
    }
}
