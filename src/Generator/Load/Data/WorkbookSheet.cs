using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace Transparency.Generator.Load.Data;

/// <summary>
/// Reads the first sheet of an Excel workbook as the CSV text the dataset readers take, one line per sheet row, so that
/// messages name the same row and column number that Excel shows. Cells keep the text Excel displays; dates become ISO
/// dates, since their display follows the computer's settings.
/// </summary>
internal static class WorkbookSheet
{
    public const string Extension = ".xlsx";

    public static byte[] ToCsv(string file)
    {
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        var last = sheet.LastCellUsed();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            for (var row = 1; last is not null && row <= last.Address.RowNumber; row++)
            {
                for (var column = 1; column <= last.Address.ColumnNumber; column++)
                {
                    csv.WriteField(Text(sheet.Cell(row, column)));
                }

                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Text(IXLCell cell) => cell.DataType == XLDataType.DateTime
        ? cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : cell.GetFormattedString();
}
