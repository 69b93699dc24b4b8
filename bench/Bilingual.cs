namespace Transparency.Bench;

/// <summary>A piece of text in Thai and its English counterpart, so both pages of a pair are drawn from the same choice.</summary>
internal readonly record struct Bilingual(string Th, string En)
{
    public string In(string language) => language == Languages.Thai ? Th : En;
}
