using System.Globalization;
using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Linkage;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>Issue 13, item 5: the reviewer reads every level the engine can give in words, in French and English.</summary>
public class LinkageLabelsTests
{
    [Fact]
    public void Every_level_of_every_field_reads_in_words_in_French_and_in_English()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var field in LinkageFields.All)
            {
                foreach (var level in ComparisonSchema.LevelNames(field).Append("missing"))
                {
                    CultureInfo.CurrentUICulture = new CultureInfo("fr-FR");
                    var french = LinkageLabels.Describe(KebabCase.Of(field), level);
                    CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
                    var english = LinkageLabels.Describe(KebabCase.Of(field), level);

                    foreach (var text in new[] { french, english })
                    {
                        Assert.DoesNotContain("JW", text, StringComparison.Ordinal);
                        Assert.DoesNotContain("≥", text, StringComparison.Ordinal);
                        // The engine's keys ("given-name") never show; one-word keys ("sex") are words already.
                        Assert.DoesNotContain("-name", text, StringComparison.Ordinal);
                        Assert.DoesNotContain("-date", text, StringComparison.Ordinal);
                    }

                    Assert.NotEqual(english, french);
                    Assert.Contains(" : ", french, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
