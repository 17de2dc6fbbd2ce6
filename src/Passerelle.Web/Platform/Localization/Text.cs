namespace Passerelle.Web.Platform.Localization;

/// <summary>
/// Marker for the user-interface strings. Keys are the English text; <c>Text.fr.resx</c> holds the French.
/// </summary>
public sealed class Text;
