using System.Globalization;
using System.Text;

namespace Passerelle.DemoData;

/// <summary>How a second agency writes down a name the first one already recorded.</summary>
internal static class NameVariations
{
    private enum Variation
    {
        Transliteration,
        SwappedOrder,
        Typo,
        DroppedAccents,
        DroppedSecondGivenName,
    }

    /// <summary>One time in five exactly the same; otherwise one variation, sometimes two.</summary>
    public static string Rewrite(Random random, PersonName name)
    {
        if (random.Chance(0.2))
        {
            return name.ToString();
        }

        var given = name.GivenNames.ToList();
        var family = name.FamilyName;
        var familyFirst = false;
        var upperFamily = false;
        var wanted = random.Chance(0.3) ? 2 : 1;
        for (var applied = 0; applied < wanted; applied++)
        {
            var candidates = Applicable(given, family, familyFirst);
            if (candidates.Count == 0)
            {
                break;
            }

            switch (random.Pick(candidates))
            {
                case Variation.Transliteration:
                    var index = given.FindIndex(Transliterations.HasVariant);
                    given[index] = Transliterations.Variant(random, given[index])!;
                    break;
                case Variation.SwappedOrder:
                    familyFirst = true;
                    upperFamily = random.Chance(0.5);
                    break;
                case Variation.Typo:
                    if (random.Chance(0.5))
                    {
                        family = Typo(random, family);
                    }
                    else
                    {
                        var g = random.Next(given.Count);
                        given[g] = Typo(random, given[g]);
                    }

                    break;
                case Variation.DroppedAccents:
                    given = [.. given.Select(WithoutAccents)];
                    family = WithoutAccents(family);
                    break;
                case Variation.DroppedSecondGivenName:
                    given.RemoveRange(1, given.Count - 1);
                    break;
            }
        }

        var givenText = string.Join(' ', given);
        return familyFirst ? $"{(upperFamily ? family.ToUpperInvariant() : family)} {givenText}" : $"{givenText} {family}";
    }

    private static List<(Variation, double)> Applicable(List<string> given, string family, bool familyFirst)
    {
        var list = new List<(Variation, double)> { (Variation.Typo, 20) };
        if (given.Any(Transliterations.HasVariant))
        {
            list.Add((Variation.Transliteration, 40));
        }

        if (!familyFirst)
        {
            list.Add((Variation.SwappedOrder, 20));
        }

        if (given.Any(g => g != WithoutAccents(g)) || family != WithoutAccents(family))
        {
            list.Add((Variation.DroppedAccents, 30));
        }

        if (given.Count > 1)
        {
            list.Add((Variation.DroppedSecondGivenName, 30));
        }

        return list;
    }

    /// <summary>A slip of the pen: two letters swapped, one dropped or one doubled.</summary>
    private static string Typo(Random random, string word)
    {
        if (word.Length < 4)
        {
            return word + word[^1];
        }

        var i = random.Next(1, word.Length - 1);
        var swapped = $"{word[..i]}{word[i + 1]}{word[i]}{word[(i + 2)..]}";
        return random.Next(3) switch
        {
            0 when swapped != word => swapped,
            1 => word.Remove(i, 1),
            _ => word.Insert(i, word[i].ToString()),
        };
    }

    public static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'Đ' => 'D', 'đ' => 'd', 'Ł' => 'L', 'ł' => 'l', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
