using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>The truth about one fictional person, before any agency writes it down its own way.</summary>
/// <param name="AgeDisputed">Claims to be a child, looks older (or the reverse): agencies record an estimate.</param>
/// <param name="PhoneSuffix">Last four digits of a fictional number, when the person has a phone.</param>
internal sealed record DemoPerson(
    Sex Sex,
    DateOnly DateOfBirth,
    bool AgeDisputed,
    string Nationality,
    IReadOnlyList<ExploitationForm> Forms,
    string Departement,
    DateOnly FirstDetectedOn,
    PersonName Name,
    IReadOnlyList<string> Languages,
    int? PhoneSuffix)
{
    public ExploitationForm MainForm => Forms[0];

    public int AgeOn(DateOnly date) => Age.At(DateOfBirth, date);

    /// <summary>Whether an agency meeting the person that day deals with a child (a disputed age counts).</summary>
    public bool SeenAsChildOn(DateOnly date) => AgeDisputed || AgeOn(date) < Age.OfMajority;
}
