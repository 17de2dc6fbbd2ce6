namespace Passerelle.DemoData;

internal static class Randomness
{
    public static T Pick<T>(this Random random, IReadOnlyList<(T Value, double Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        var x = random.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            x -= weight;
            if (x < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
