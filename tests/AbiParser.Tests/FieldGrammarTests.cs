using AbiTool.Parsing;

namespace AbiTool.Tests;

public class FieldGrammarTests
{
    [Theory]
    [InlineData("April 2009", 2009, 4, null)]
    [InlineData("May, 2019", 2019, 5, null)]
    [InlineData("Oct. 2019", 2019, 10, null)]
    [InlineData("Sept 2019", 2019, 9, null)]
    [InlineData("Oct 15, 2019", 2019, 10, 15)]
    [InlineData("Nov 16 2022", 2022, 11, 16)]
    [InlineData("08-Jan-2019", 2019, 1, 8)]
    [InlineData("15 March 2019", 2019, 3, 15)]
    [InlineData("2019-01-08", 2019, 1, 8)]
    [InlineData("2019/01/08", 2019, 1, 8)]
    [InlineData("April 2009 (predates git)", 2009, 4, null)]
    [InlineData("May 2007 (scheduled), finally removed in kernel v2.6.26", 2007, 5, null)]
    public void RecognisesTheDateFormsRealTreesUse(string text, int year, int month, int? day)
    {
        Assert.True(FieldGrammar.TryParseDate(text, out var date));
        Assert.Equal(new AbiDate(year, month, day), date);
    }

    [Theory]
    [InlineData("Januar 2011")]
    [InlineData("pre-git history")]
    [InlineData("2016")]
    [InlineData("November 20:15")]
    [InlineData("Date created")]
    [InlineData("Marchy 2020")]
    [InlineData("")]
    public void RejectsWhatIsNoDate(string text) => Assert.False(FieldGrammar.TryParseDate(text, out _));

    [Theory]
    [InlineData("Feburary 2020", "Feburary", "February")]
    [InlineData("Mai 2012", "Mai", "May")]
    public void SuggestsTheMonthAMisspellingMeant(string text, string written, string meant) =>
        Assert.Equal((written, meant), FieldGrammar.SuggestMonth(text));

    [Theory]
    [InlineData("5.1", "5.1")]
    [InlineData("v5.10", "5.10")]
    [InlineData("2.6.12-rc2", "2.6.12-rc2")]
    [InlineData("2.6.12-rc2 (predates git)", "2.6.12-rc2")]
    [InlineData("6.2 but backported to all supported stable branches", "6.2")]
    [InlineData("v5.1 (pmem), v5.3 (ram)", "5.1")]
    public void RecognisesKernelVersions(string text, string normalised)
    {
        Assert.True(FieldGrammar.TryParseKernelVersion(text, out var version));
        Assert.Equal(normalised, version.ToString());
    }

    [Theory]
    [InlineData("TBD")]
    [InlineData("?.?")]
    [InlineData("2.6.36?")]
    [InlineData("since at least 2.6.18")]
    [InlineData("5")]
    [InlineData("")]
    public void RejectsWhatIsNoKernelVersion(string text) => Assert.False(FieldGrammar.TryParseKernelVersion(text, out _));
}
