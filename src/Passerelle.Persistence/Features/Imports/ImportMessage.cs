namespace Passerelle.Web.Features.Imports;

/// <summary>
/// A message about one row: its number as the spreadsheet shows it, the column (HTCDS or <c>pas_</c> field name) and
/// an English text with <c>{0}</c> holes, put in the reader's language when shown.
/// </summary>
public sealed record ImportMessage(int Row, string Field, string Message, IReadOnlyList<string> Args);
