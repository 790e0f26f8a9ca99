using AbiTool.Reporting.Docs.Text;

namespace AbiTool.Tests.Docs;

/// <summary>Description text to blocks: each habit of ABI authors read as the construct it means.</summary>
public class DescriptionParserTests
{
    [Fact]
    public void LiteralBlockAfterDoubleColon()
    {
        var blocks = DescriptionParser.Parse("Example::\n\n  # echo 1 > x\n    indented more\n\nAfter.");
        Assert.Equal<string>(["Example:"], Assert.IsType<Paragraph>(blocks[0]).Lines);
        var literal = Assert.IsType<Literal>(blocks[1]);
        Assert.Equal("# echo 1 > x\n  indented more", literal.Text);
        Assert.Equal<string>(["After."], Assert.IsType<Paragraph>(blocks[2]).Lines);
    }

    [Fact]
    public void LoneDoubleColonShowsNothing()
    {
        var blocks = DescriptionParser.Parse("Values ::\n\n  a\n  b");
        Assert.Equal<string>(["Values"], Assert.IsType<Paragraph>(blocks[0]).Lines);
        Assert.Equal("a\nb", Assert.IsType<Literal>(blocks[1]).Text);
    }

    [Fact]
    public void BulletListWithContinuationAndNestedList()
    {
        var blocks = DescriptionParser.Parse("- one\n  continued\n- two\n\n  - nested\n\nafter");
        var list = Assert.IsType<BulletList>(blocks[0]);
        Assert.False(list.Ordered);
        Assert.Equal(2, list.Items.Length);
        Assert.Equal<string>(["one", "continued"], Assert.IsType<Paragraph>(list.Items[0][0]).Lines);
        var nested = Assert.IsType<BulletList>(list.Items[1][1]);
        Assert.Equal<string>(["nested"], Assert.IsType<Paragraph>(nested.Items[0][0]).Lines);
        Assert.IsType<Paragraph>(blocks[1]);
    }

    [Fact]
    public void NumberedList()
    {
        var list = Assert.IsType<BulletList>(Assert.Single(DescriptionParser.Parse("1. first\n2. second\n3) third")));
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Items.Length);
    }

    [Fact]
    public void SimpleTableWithHeader()
    {
        var table = Assert.IsType<Table>(Assert.Single(DescriptionParser.Parse(
            "=====  ===========\nName   Meaning\n=====  ===========\nidle   nothing moves\nburst  all at once\n=====  ===========")));
        Assert.True(table.HasHeader);
        Assert.Equal(3, table.Rows.Length);
        Assert.Equal<string>(["burst", "all at once"], table.Rows[2]);
    }

    [Fact]
    public void GridTableStaysPreformatted()
    {
        var text = "+---+---+\n| a | b |\n+---+---+";
        Assert.Equal(text, Assert.IsType<Literal>(Assert.Single(DescriptionParser.Parse(text))).Text);
    }

    [Fact]
    public void UnderlinedLineIsHeadingAndIndentedBlockIsIndented()
    {
        var blocks = DescriptionParser.Parse("Modes\n-----\n\nopen(2)\n    Opens it.");
        Assert.Equal("Modes", Assert.IsType<Heading>(blocks[0]).Text);
        Assert.Equal<string>(["open(2)"], Assert.IsType<Paragraph>(blocks[1]).Lines);
        var body = Assert.IsType<Indented>(blocks[2]);
        Assert.Equal<string>(["Opens it."], Assert.IsType<Paragraph>(Assert.Single(body.Blocks)).Lines);
    }

    [Fact]
    public void CodeBlockDirectiveIsLiteralAndCommentsVanish()
    {
        var blocks = DescriptionParser.Parse(".. code-block:: sh\n\n   cat x\n\n.. a comment\n\nText.");
        Assert.Equal("cat x", Assert.IsType<Literal>(blocks[0]).Text);
        Assert.Equal<string>(["Text."], Assert.IsType<Paragraph>(Assert.Single(blocks.Skip(1))).Lines);
    }

    [Fact]
    public void NoTextIsLost()
    {
        var text = "a: b\n=== odd\n|x|\n  * y\n::";
        var words = Words(text.Replace("::", ""));
        Assert.Equal(words, Words(Flatten(DescriptionParser.Parse(text))));
    }

    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n', ':'], StringSplitOptions.RemoveEmptyEntries));

    private static string Flatten(IEnumerable<Block> blocks) => string.Join("\n", blocks.Select(b => b switch
    {
        Paragraph p => string.Join("\n", p.Lines),
        Heading h => h.Text,
        Literal l => l.Text,
        BulletList l => "* " + string.Join("\n* ", l.Items.Select(i => Flatten(i))),
        Indented i => Flatten(i.Blocks),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" ", r))),
        _ => "",
    }));
}
