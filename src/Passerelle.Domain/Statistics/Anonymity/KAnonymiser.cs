namespace Passerelle.Domain.Statistics.Anonymity;

/// <summary>
/// Makes the case-level export k-anonymous over its quasi-identifiers by full-domain generalisation, then
/// suppression. Every combination of levels of <see cref="GeneralisationHierarchy"/> is a candidate (486 of them);
/// the chosen one has the smallest total level among those whose classes smaller than k hold at most
/// <see cref="KAnonymityOptions.MaxSuppressedShare"/> of the records, then the fewest such records, then generalises
/// in the order département, year, nationality, age group, form, sex (place and date single people out most). The
/// records left in classes smaller than k are then suppressed. Data already k-anonymous is not generalised at all.
/// </summary>
public static class KAnonymiser
{
    private static readonly QuasiIdentifier[] PreferredToGeneralise =
    [
        QuasiIdentifier.Departement, QuasiIdentifier.Year, QuasiIdentifier.Nationality,
        QuasiIdentifier.AgeGroup, QuasiIdentifier.ExploitationForm, QuasiIdentifier.Sex,
    ];

    public static AnonymisedExport<TPayload> Anonymise<TPayload>(IReadOnlyList<ExportRecord<TPayload>> records, KAnonymityOptions? options = null)
    {
        options ??= KAnonymityOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.K, 1);
        var identifiers = GeneralisationHierarchy.All;
        var codes = new GeneralisedCodes(records.Select(r => r.QuasiIdentifiers).ToList());
        var budget = (int)Math.Floor(options.MaxSuppressedShare * records.Count);

        var chosen = AllLevelCombinations()
            .Select(levels => (Levels: levels, Suppressed: codes.RecordsInSmallClasses(levels, options.K).Count))
            .Where(c => c.Suppressed <= budget || c.Levels.Sum() == TopHeight)
            .OrderBy(c => c.Levels.Sum())
            .ThenBy(c => c.Suppressed)
            .ThenByDescending(c => PreferenceKey(c.Levels))
            .First();

        var suppressed = codes.RecordsInSmallClasses(chosen.Levels, options.K).ToHashSet();
        var kept = new List<AnonymisedRecord<TPayload>>();
        for (var r = 0; r < records.Count; r++)
        {
            if (suppressed.Contains(r))
            {
                continue;
            }

            var values = new Dictionary<QuasiIdentifier, string>();
            for (var q = 0; q < identifiers.Count; q++)
            {
                values[identifiers[q]] = GeneralisationHierarchy.Generalise(records[r].QuasiIdentifiers, identifiers[q], chosen.Levels[q]);
            }

            kept.Add(new AnonymisedRecord<TPayload>(values, records[r].Payload));
        }

        var generalisations = identifiers
            .Select((q, i) => new Generalisation(q, chosen.Levels[i], GeneralisationHierarchy.LevelNames(q)[chosen.Levels[i]]))
            .ToList();
        return new AnonymisedExport<TPayload>(kept, generalisations, suppressed.Count, options.K);
    }

    private static int TopHeight => GeneralisationHierarchy.All.Sum(GeneralisationHierarchy.TopLevel);

    private static IEnumerable<int[]> AllLevelCombinations()
    {
        IEnumerable<int[]> combinations = [[]];
        foreach (var identifier in GeneralisationHierarchy.All)
        {
            var top = GeneralisationHierarchy.TopLevel(identifier);
            combinations = combinations.SelectMany(c => Enumerable.Range(0, top + 1).Select(level => (int[])[.. c, level])).ToList();
        }

        return combinations;
    }

    // Higher levels on the identifiers generalised first sort first (read as digits, most preferred first).
    private static long PreferenceKey(int[] levels)
    {
        var key = 0L;
        foreach (var identifier in PreferredToGeneralise)
        {
            key = (key * 10) + levels[IndexOf(identifier)];
        }

        return key;
    }

    private static int IndexOf(QuasiIdentifier identifier)
    {
        for (var i = 0; i < GeneralisationHierarchy.All.Count; i++)
        {
            if (GeneralisationHierarchy.All[i] == identifier)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(identifier));
    }

    /// <summary>Each record's code at each level of each quasi-identifier, as small integers, computed once.</summary>
    private sealed class GeneralisedCodes
    {
        // codes[q][level][record]
        private readonly int[][][] codes;
        private readonly int recordCount;

        public GeneralisedCodes(IReadOnlyList<QuasiIdentifierValues> values)
        {
            recordCount = values.Count;
            var identifiers = GeneralisationHierarchy.All;
            codes = new int[identifiers.Count][][];
            for (var q = 0; q < identifiers.Count; q++)
            {
                var levels = GeneralisationHierarchy.TopLevel(identifiers[q]) + 1;
                codes[q] = new int[levels][];
                for (var level = 0; level < levels; level++)
                {
                    var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                    codes[q][level] = [.. values.Select(v =>
                    {
                        var code = GeneralisationHierarchy.Generalise(v, identifiers[q], level);
                        if (!ids.TryGetValue(code, out var id))
                        {
                            id = ids.Count;
                            ids[code] = id;
                        }

                        return id;
                    })];
                }
            }
        }

        public List<int> RecordsInSmallClasses(int[] levels, int k)
        {
            var keys = new (int, int, int, int, int, int)[recordCount];
            var sizes = new Dictionary<(int, int, int, int, int, int), int>();
            for (var r = 0; r < recordCount; r++)
            {
                var key = (codes[0][levels[0]][r], codes[1][levels[1]][r], codes[2][levels[2]][r],
                    codes[3][levels[3]][r], codes[4][levels[4]][r], codes[5][levels[5]][r]);
                keys[r] = key;
                sizes[key] = sizes.GetValueOrDefault(key) + 1;
            }

            return [.. Enumerable.Range(0, recordCount).Where(r => sizes[keys[r]] < k)];
        }
    }
}
