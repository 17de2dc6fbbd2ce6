using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Dirichlet priors on m and u for maximum-a-posteriori EM: each field's level counts start with
/// <see cref="Strength"/> pseudo-pairs spread as <see cref="M"/> (among matches) and <see cref="U"/> (among
/// non-matches). A large population outweighs them and follows its data; a small one, where plain EM drifts to
/// whatever latent class explains the candidates best (namesakes sharing a given name, for one), stays near them.
/// </summary>
public sealed record ParameterPriors(double[][] M, double[][] U, double Strength)
{
    public static ParameterPriors Create(ComparisonSchema schema, double[][] randomPairU, double strength) =>
        new(TypicalMatchProbabilities.For(schema), randomPairU, strength);
}
