using Transparency.Generator.Model.Services;

namespace Transparency.Generator.Load.Data;

/// <summary>The columns of the service statistics, headed as in <c>Schemas/service-statistics.yaml</c>.</summary>
internal sealed class ServiceCountRowMap : DatasetMap<ServiceCountRow>
{
    public ServiceCountRowMap()
        : base(ServiceCountRow.Dataset)
    {
        Column(r => r.Month, "month");
        Column(r => r.Service, "service");
        Column(r => r.Count, "count");
    }
}
