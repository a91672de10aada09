using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Campaign.Letters.Docx;

/// <summary>
/// The styles and list numbering a letter uses, written as Word's own named styles (Normal, Heading 1–3, Hyperlink) so
/// that whoever edits the letter in Word gets the styles they expect.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Arial";
    public const int BulletList = 1;
    public const int NumberedList = 2;
    public const int ListLevels = 3;

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1, "32"),
            Heading(2, "26"),
            Heading(3, "22"),
            new Style(
                new StyleName { Val = "No Spacing" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))
            { Type = StyleValues.Paragraph, StyleId = "NoSpacing" },
            new Style(
                new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing()))
            { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
            new Style(
                new StyleName { Val = "Hyperlink" }, new UIPriority { Val = 99 },
                new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = "Hyperlink" });
    }

    private static Style Heading(int level, string halfPoints) => new(
        new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints }))
    { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    /// <summary>A bullet list and a numbered list definition, three levels each; each numbered list gets its own instance.</summary>
    public static NumberingDefinitionsPart AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            Abstract(BulletList, level => (NumberFormatValues.Bullet, level % 2 == 0 ? "•" : "–")),
            Abstract(NumberedList, level => (level == 1 ? NumberFormatValues.LowerLetter : level == 2 ? NumberFormatValues.LowerRoman : NumberFormatValues.Decimal, $"%{level + 1}.")));
        return part;
    }

    private static AbstractNum Abstract(int id, Func<int, (NumberFormatValues Format, string Text)> levelFormat)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < ListLevels; level++)
        {
            var (format, text) = levelFormat(level);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (720 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = level });
        }
        return abstractNum;
    }

    /// <summary>A new list instance: numbering restarts at 1 for each numbered list in the letter.</summary>
    public static int AddInstance(NumberingDefinitionsPart part, int abstractId)
    {
        var id = part.Numbering!.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (abstractId == NumberedList)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        // Instances come after every abstract definition, as the schema requires.
        part.Numbering.Append(instance);
        return id;
    }
}
