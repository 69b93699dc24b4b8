namespace Transparency.Generator.Model.Procurement;

/// <summary>The procurement methods of the Public Procurement Act B.E. 2560, as named on form สขร.1.</summary>
internal enum ProcurementMethod
{
    Specific,
    OpenInvitation,
    Selective,
}

/// <summary>The Thai names staff write for each method, and its UI string key.</summary>
internal static class ProcurementMethods
{
    public static readonly IReadOnlyDictionary<string, ProcurementMethod> ByThaiName = new Dictionary<string, ProcurementMethod>(StringComparer.Ordinal)
    {
        ["เฉพาะเจาะจง"] = ProcurementMethod.Specific,
        ["วิธีเฉพาะเจาะจง"] = ProcurementMethod.Specific,
        ["ประกาศเชิญชวนทั่วไป"] = ProcurementMethod.OpenInvitation,
        ["วิธีประกาศเชิญชวนทั่วไป"] = ProcurementMethod.OpenInvitation,
        ["e-bidding"] = ProcurementMethod.OpenInvitation,
        ["คัดเลือก"] = ProcurementMethod.Selective,
        ["วิธีคัดเลือก"] = ProcurementMethod.Selective,
    };

    public static string StringKey(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Specific => "procurement.method.specific",
        ProcurementMethod.OpenInvitation => "procurement.method.open",
        _ => "procurement.method.selective",
    };
}
