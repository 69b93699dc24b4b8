namespace Transparency.Generator.Model.Procurement;

/// <summary>One line of a bidder: who offered and at what price.</summary>
internal sealed record Bid(string Name, decimal Price);

/// <summary>A contract or purchase order: its number and the date it was signed.</summary>
internal sealed record ContractReference(string Number, DateOnly Date);

/// <summary>One row of the monthly procurement summary (form สขร.1): the nine standard columns, plus an English title.</summary>
internal sealed class ProcurementRow : Data.IDataRow
{
    public const string Dataset = "procurement-monthly";

    public int Number { get; set; }

    public string Item { get; set; } = string.Empty;

    public string ItemEnglish { get; set; } = string.Empty;

    public decimal Budget { get; set; }

    public decimal ReferencePrice { get; set; }

    /// <summary>The method's code in the schema: open, selective or specific.</summary>
    public string Method { get; set; } = string.Empty;

    public IReadOnlyList<Bid> Bidders { get; set; } = [];

    public Bid Winner { get; set; } = new(string.Empty, 0);

    public string Reason { get; set; } = string.Empty;

    public ContractReference Contract { get; set; } = new(string.Empty, default);

    /// <summary>The line of the CSV file this row came from, for messages.</summary>
    public int Line { get; set; }
}
