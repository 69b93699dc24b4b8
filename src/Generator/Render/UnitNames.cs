using Transparency.Generator.Model;
using Transparency.Generator.Model.Structure;

namespace Transparency.Generator.Render;

/// <summary>A unit named in Thai in a data file, shown in the page's language through the structure dataset.</summary>
internal static class UnitNames
{
    public static string In(Site site, string thaiName, string language)
    {
        if (language == Languages.Thai)
        {
            return thaiName;
        }

        var unit = site.Data.Of<UnitRow>(UnitRow.Dataset).SelectMany(f => f.Rows).FirstOrDefault(u => u.Name == thaiName);
        return unit is null || unit.NameEnglish.Length == 0 ? thaiName : unit.NameEnglish;
    }
}
