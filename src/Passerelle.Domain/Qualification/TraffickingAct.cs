namespace Passerelle.Domain.Qualification;

/// <summary>The acts of trafficking (Criminal Code art. 225-4-1 I, first paragraph). Serialized in kebab-case.</summary>
public enum TraffickingAct
{
    Recruit = 1,
    Transport = 2,
    Transfer = 3,
    Harbour = 4,
    Receive = 5,
}
