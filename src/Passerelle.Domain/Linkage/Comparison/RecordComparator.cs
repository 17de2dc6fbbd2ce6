using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Comparison;

/// <summary>Compares two standardised records field by field into a vector of levels (see <see cref="ComparisonSchema"/>).</summary>
public sealed class RecordComparator(ComparisonSchema schema)
{
    public ComparisonSchema Schema { get; } = schema;

    /// <summary>Fills <paramref name="levels"/> (one per schema field).</summary>
    /// <returns>True when given and family names were compared crosswise, as one record swapped them.</returns>
    public bool Compare(StandardisedRecord left, StandardisedRecord right, Span<byte> levels)
    {
        var given = NameComparator.Compare(left.GivenName, right.GivenName);
        var family = NameComparator.Compare(left.FamilyName, right.FamilyName);
        var swapped = false;
        var words = given != 4 || family != 4 ? left.NameWordsAgreement(right) : (Level: ComparisonLevel.Missing, OddWordInFamily: false);
        if (words.Level == 4)
        {
            // The same three or more words split differently ("Peace Joy / Labore" / "Labore Peace / Joy"): both
            // names agree, read crosswise (issue 13; no reading below saw it until 3 December 2026).
            (given, family, swapped) = (4, 4, true);
        }
        else if (given != 4 || family != 4)
        {
            // Crosswise, each given name is read as a family name (particles dropped) to meet the other's family name.
            // The crosswise reading needs both names to agree fairly (level 2 or more each), or one exactly and the
            // other at least phonetically: a swap plus a typo ("Piace Dese" / "Dese Peace"). Until 3 December 2026
            // the latter was read straight, both names "different", and fell below review whatever the birth dates.
            // Levels 3 + 2 and 2 + 2 were left out until the eighth pass of issue 13 (on development seed 8 they
            // linked more namesakes than swaps); since crosswise names weigh by their commoner role and namesakes
            // contest a record per agency, they gain on every development seed ("Andreea / Rimi" / "Rmii / Andrea").
            var crossGiven = Crosswise(left, right.FamilyName);
            var crossFamily = Crosswise(right, left.FamilyName);
            if (crossGiven != ComparisonLevel.Missing && crossFamily != ComparisonLevel.Missing
                && crossGiven + crossFamily > Score(given) + Score(family)
                && (Math.Min(crossGiven, crossFamily) >= 2 || Math.Max(crossGiven, crossFamily) == 4 && Math.Min(crossGiven, crossFamily) >= 1))
            {
                (given, family, swapped) = (crossGiven, crossFamily, true);
            }

            if (words.Level != ComparisonLevel.Missing && words.Level + 4 > Score(given) + Score(family))
            {
                // All words the same but one close spelling ("Rachid Bilal / Laborum" / "Laborum Rashid / Bilal"):
                // the name holding the odd word agrees at that word's level, the other exactly (twelfth pass).
                (given, family, swapped) = words.OddWordInFamily ? ((byte)4, words.Level, true) : (words.Level, (byte)4, true);
            }
        }

        for (var i = 0; i < Schema.Fields.Count; i++)
        {
            levels[i] = Schema.Fields[i] switch
            {
                LinkageField.GivenName => given,
                LinkageField.FamilyName => family,
                LinkageField.BirthDate => DateComparator.Compare(left.BirthDate, right.BirthDate),
                LinkageField.Sex => ExactComparator.CompareExactly(Text(left.Sex), Text(right.Sex)),
                LinkageField.Nationality => ExactComparator.CompareExactly(left.Nationality, right.Nationality),
                LinkageField.Street => TextComparator.Compare(left.Street, right.Street),
                LinkageField.City => TextComparator.Compare(left.City, right.City),
                LinkageField.Postcode => ExactComparator.CompareWithTypos(left.Postcode, right.Postcode),
                LinkageField.Phone => ExactComparator.CompareWithTypos(left.Phone, right.Phone),
                LinkageField.Identifier => ExactComparator.CompareWithTypos(left.Identifier, right.Identifier),
            };
        }

        return swapped;
    }

    /// <summary>
    /// A given name read as a family name against a family name. Its particles are dropped ("Ould Ahmed" meets
    /// "Ahmed"), but a given name that starts with one is also read as written: the Vietnamese "Van Hung", cut to
    /// "Van" by one agency and swapped, left "Hung" against "Van" and no reading met (issue 13, seventh pass).
    /// </summary>
    private static byte Crosswise(StandardisedRecord givenSide, StandardName family)
    {
        var level = NameComparator.Compare(givenSide.GivenAsFamily, family);
        if (level == 4 || givenSide.GivenAsFamily.Joined == givenSide.GivenName.Joined)
        {
            return level;
        }

        var written = NameComparator.Compare(givenSide.GivenName, family);
        return level == ComparisonLevel.Missing || (written != ComparisonLevel.Missing && written > level) ? written : level;
    }

    private static int Score(byte level) => level == ComparisonLevel.Missing ? 0 : level;

    private static string Text(char sex) => sex == '\0' ? "" : sex.ToString();
}
