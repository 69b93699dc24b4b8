using Transparency.Generator.Model.Services;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of the satisfaction survey results, headed as in <c>Schemas/service-satisfaction.yaml</c>.</summary>
internal sealed class SatisfactionRowMap : DatasetMap<SatisfactionRow>
{
    public SatisfactionRowMap()
        : base(SatisfactionRow.Dataset)
    {
        Column(r => r.Service, "service");
        Column(r => r.ServiceEnglish, "service_en");
        Column(r => r.Aspect, "aspect");
        Column(r => r.Percent, "percent");
        Column(r => r.Respondents, "respondents");
    }
}
