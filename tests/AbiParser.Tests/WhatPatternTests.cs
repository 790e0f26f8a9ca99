using AbiTool.Patterns;
using AbiTool.Sources;

namespace AbiTool.Tests;

/// <summary>Each placeholder style of the What-pattern language, with paths it must and must not match.</summary>
public class WhatPatternTests
{
    private static bool Matches(string what, string path)
    {
        var pattern = WhatPatternParser.Parse(what);
        Assert.True(pattern.CanMatch, $"{what}: {pattern.Problem}");
        return PatternMatcher.Matches(pattern.Components, WhatIndex.Split(path));
    }

    [Theory]
    // Single capitals X, Y, Z, N are numbers.
    [InlineData("/sys/bus/dax/devices/daxX.Y/size", "/sys/bus/dax/devices/dax0.1/size", true)]
    [InlineData("/sys/bus/dax/devices/daxX.Y/size", "/sys/bus/dax/devices/daxa.b/size", false)]
    [InlineData("/sys/bus/cxl/devices/regionZ/size", "/sys/bus/cxl/devices/region12/size", true)]
    [InlineData("/sys/class/hidraw/hidrawN/dev", "/sys/class/hidraw/hidraw/dev", false)]
    // ... but not inside upper-case words or before a letter: bMaxPower, QEMU0001, ttyS.
    [InlineData("/sys/bus/usb/devices/usbX/bMaxPower", "/sys/bus/usb/devices/usb1/bMaxPower", true)]
    [InlineData("/sys/bus/usb/devices/usbX/bMaxPower", "/sys/bus/usb/devices/usb1/b0ax0ower", false)]
    [InlineData("/sys/devices/QEMU0001:00/events", "/sys/devices/QEMU0001:00/events", true)]
    [InlineData("/sys/class/tty/ttyS<N>/type", "/sys/class/tty/ttyS0/type", true)]
    [InlineData("/sys/bus/usb/devices/usbX/bNumInterfaces", "/sys/bus/usb/devices/usb1/bNumInterfaces", true)]
    [InlineData("/sys/bus/usb/devices/usbX/bNumInterfaces", "/sys/bus/usb/devices/usb1/b3umInterfaces", false)]
    // X, Y and Z start no word: before a lower-case letter they are still numbers (as get_abi.pl reads them).
    [InlineData("/sys/bus/pci/devices/<dev>/ccissX/cXdY/model", "/sys/bus/pci/devices/0000:04:00.0/cciss0/c0d1/model", true)]
    [InlineData("/sys/bus/pci/devices/<dev>/ccissX/cXdY/model", "/sys/bus/pci/devices/0000:04:00.0/cciss0/cXd1/model", false)]
    [InlineData("/sys/class/mtd/mtdXro/dev", "/sys/class/mtd/mtd0ro/dev", true)]
    [InlineData("/sys/class/tty/ttySX/flags", "/sys/class/tty/ttyS0/flags", false)]
    // Runs of X: an address or name.
    [InlineData(".../XXXXXXX.ipa/version", "/sys/devices/platform/1e40000.ipa/version", true)]
    // <name>: any text within one component; never across '/'.
    [InlineData("/sys/block/<disk>/size", "/sys/block/sda/size", true)]
    [InlineData("/sys/block/<disk>/size", "/sys/block/sda/queue/size", false)]
    [InlineData("/sys/bus/usb/devices/<busnum>-<devnum>:<config num>.<interface num>/x", "/sys/bus/usb/devices/1-2:1.0/x", true)]
    // <a|b>, {a,b}, [a|b]: choices.
    [InlineData("/sys/class/typec/<port>-{partner|cable}/type", "/sys/class/typec/port0-cable/type", true)]
    [InlineData("/sys/class/typec/<port>-{partner|cable}/type", "/sys/class/typec/port0-plug/type", false)]
    [InlineData("/sys/bus/coresight/devices/<memory_map>.[etm|ptm]/mode", "/sys/bus/coresight/devices/2201c000.ptm/mode", true)]
    [InlineData("/sys/devices/system/edac/mc/mc0/<ce|ue>_count", "/sys/devices/system/edac/mc/mc0/ue_count", true)]
    [InlineData("/sys/devices/LNXSYBUS:00/TOS{1900,620{0,7,8}}:00/fan", "/sys/devices/LNXSYBUS:00/TOS6207:00/fan", true)]
    [InlineData("/sys/devices/LNXSYBUS:00/TOS{1900,620{0,7,8}}:00/fan", "/sys/devices/LNXSYBUS:00/TOS6209:00/fan", false)]
    // [0..N], [0-9]+, [0-7], [0-15], [0:31]: numbers and ranges.
    [InlineData("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/start", "/sys/bus/dax/devices/dax0.0/mapping12/start", true)]
    [InlineData("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/start", "/sys/bus/dax/devices/dax0.0/mapping/start", false)]
    [InlineData("/sys/class/pktcdvd/pktcdvd[0-7]/dev", "/sys/class/pktcdvd/pktcdvd7/dev", true)]
    [InlineData("/sys/class/pktcdvd/pktcdvd[0-7]/dev", "/sys/class/pktcdvd/pktcdvd8/dev", false)]
    [InlineData("/sys/x/port[0-15]/y", "/sys/x/port12/y", true)]
    [InlineData("/sys/x/port[0-15]/y", "/sys/x/port16/y", false)]
    [InlineData("/sys/x/bit[0:31]", "/sys/x/bit31", true)]
    [InlineData("/sys/class/hwmon/hwmon[0-9]*/temp1_input", "/sys/class/hwmon/hwmon3/temp1_input", true)]
    [InlineData("/sys/class/hwmon/hwmon[0-9]*/temp1_input", "/sys/class/hwmon/hwmonx/temp1_input", false)]
    [InlineData("/sys/x/lane[01]", "/sys/x/lane1", true)]
    [InlineData("/sys/x/lane[01]", "/sys/x/lane2", false)]
    // [.Y]: an optional part.
    [InlineData("/sys/x/daxX[.Y]/size", "/sys/x/dax3/size", true)]
    [InlineData("/sys/x/daxX[.Y]/size", "/sys/x/dax3.4/size", true)]
    // '*' inside a component: any text; a lone '*', "..." and "…": one or more components.
    [InlineData("/sys/bus/iio/devices/iio:deviceX/in_*_raw", "/sys/bus/iio/devices/iio:device0/in_voltage0_raw", true)]
    [InlineData("/sys/devices/*/dev", "/sys/devices/virtual/mem/null/dev", true)]
    [InlineData("/sys/devices/*/dev", "/sys/devices/dev", false)]
    [InlineData("/sys/bus/pci/drivers/ehci_hcd/.../companion", "/sys/bus/pci/drivers/ehci_hcd/0000:00:1d.0/usb1/companion", true)]
    [InlineData("/sys/bus/pci/drivers/ehci_hcd/.../companion", "/sys/bus/pci/drivers/ehci_hcd/companion", false)]
    [InlineData("/sys/devices/…/power/async", "/sys/devices/pci0000:00/power/async", true)]
    [InlineData("/sys/bus/soundwire/devices/sdw:.../dp<N>_src/words", "/sys/bus/soundwire/devices/sdw:0:25d:0700:00/dp1_src/words", true)]
    // Escapes.
    [InlineData("/sys/bus/platform/devices/GOOG000C\\:00/version", "/sys/bus/platform/devices/GOOG000C:00/version", true)]
    // Text after the path is a remark; trailing punctuation is not part of the path.
    [InlineData("/sys/bus/iio/devices/triggerX/name = \"bmg160-any-motion-devX\"", "/sys/bus/iio/devices/trigger0/name", true)]
    [InlineData("/sys/devices/pci0000:00/*/QEMU0001:00/capability for MMIO", "/sys/devices/pci0000:00/0000:00:02.0/QEMU0001:00/capability", true)]
    [InlineData("/sys/kernel/foo,", "/sys/kernel/foo", true)]
    // Literal text is literal: regex characters mean nothing.
    [InlineData("/sys/a/b+c", "/sys/a/b+c", true)]
    [InlineData("/sys/a/b.c", "/sys/a/bxc", false)]
    public void PlaceholderStyle(string what, string path, bool matches) => Assert.Equal(matches, Matches(what, path));

    [Fact]
    public void TrailingSlashNamesADirectory()
    {
        var pattern = WhatPatternParser.Parse("/sys/devices/system/node/nodeX/hugepages/hugepages-<size>/");
        Assert.True(pattern.IsDirectory);
        Assert.False(WhatPatternParser.Parse("/sys/devices/system/node/nodeX/meminfo").IsDirectory);
    }

    [Fact]
    public void RemarkIsKept()
    {
        var pattern = WhatPatternParser.Parse("/sys/bus/firewire/devices/fw0/ieee1394_id formerly");
        Assert.Equal("formerly", pattern.Remark);
    }

    [Fact]
    public void ReadlinkClimbsFromTheLinkTarget()
    {
        var pattern = WhatPatternParser.Parse("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/size");
        Assert.Equal(WhatKind.ThroughLink, pattern.Kind);
        Assert.True(PatternMatcher.Matches(pattern.Components, WhatIndex.Split("/sys/bus/dax/devices/dax1.0")));
        Assert.True(PatternMatcher.Matches(pattern.AfterLink, ["dax_region", "size"]));
    }

    [Theory]
    [InlineData("The kernel syscall interface", WhatKind.NotAPath)]
    [InlineData("vDSO", WhatKind.NotAPath)]
    [InlineData("/sys/devices/../../gisb_arb_timeout", WhatKind.Unreadable)]
    [InlineData("/sys/x/{a,b", WhatKind.Unreadable)]
    [InlineData("$(readlink -f /sys/x", WhatKind.Unreadable)]
    public void WhatsThatAreNoPatternsSayWhy(string what, WhatKind kind)
    {
        var pattern = WhatPatternParser.Parse(what);
        Assert.Equal(kind, pattern.Kind);
        Assert.False(string.IsNullOrEmpty(pattern.Problem));
    }

    [Theory]
    [InlineData("/sys/devices/*/dev", "/sys/devices/pci0000:00/0000:00:02.0/virtio1/block/vda/dev", -1)]
    [InlineData("/sys/bus/dax/devices/daxX.Y/size", "/sys/bus/dax/devices/dax0.0/align", 5)]
    [InlineData("/sys/bus/dax/devices/daxX.Y/size", "/sys/class/dax/dax0.0/size", 1)]
    public void FirstMismatchSaysHowFarAPathFollowsAPattern(string what, string path, int expected) =>
        Assert.Equal(expected, PatternMatcher.FirstMismatch(WhatPatternParser.Parse(what).Components, WhatIndex.Split(path)));

    /// <summary>Every What of both real trees is read; the few that are not patterns say why, and they are the known ones.</summary>
    [SkippableTheory]
    [InlineData("linux-6.12", 15, 1)]
    [InlineData("linux-6.1", 15, 1)]
    public void EveryRealWhatCompiles(string version, int notPaths, int unreadable)
    {
        var corpus = AbiCorpusReader.ReadDirectory(TestPaths.Corpus(version));
        var index = WhatIndex.Build(corpus);
        Assert.Equal(corpus.Entries.Sum(e => e.Whats.Length), index.All.Length);
        Assert.Equal(notPaths, index.All.Count(w => w.Pattern.Kind == WhatKind.NotAPath));
        Assert.Equal(unreadable, index.All.Count(w => w.Pattern.Kind == WhatKind.Unreadable));
        var bad = index.All.First(w => w.Pattern.Kind == WhatKind.Unreadable);
        Assert.Equal("/sys/devices/../../gisb_arb_timeout", bad.What.Text);
        // Compiling means matching: every component of every pattern builds its matcher without error.
        foreach (var what in index.All.Where(w => w.Pattern.CanMatch))
        {
            foreach (var component in what.Pattern.Components.Concat(what.Pattern.AfterLink).OfType<SegmentsComponent>())
                PatternMatcher.MatchesComponent(component, "x");
        }
        // A real What matches a path built from it.
        var state = Assert.Single(index.All, w => w.What.Text == "/sys/devices/system/memory/memoryX/state");
        Assert.Contains(state, index.Match(WhatIndex.Split("/sys/devices/system/memory/memory32/state")));
    }

    [Theory]
    [InlineData("/sys/bus/dax/devices/daxX.Y/size", "size")]
    [InlineData("/sys/class/<iface>/statistics/rx_bytes", "rx_bytes")]
    [InlineData("/sys/devices/.../power/", "power")]
    [InlineData("/sys/kernel/mm/hugepages/hugepages-<size>/nr_hugepages_mempolicy.", "nr_hugepages_mempolicy")]
    [InlineData("/sys/class/typec/<port>/data_role = \"host\"", "data_role")]
    [InlineData("/sys/bus/dax/devices/daxX.Y", null)]
    [InlineData("/sys/class/hwmon/hwmonN/tempN_input", null)]
    [InlineData("/sys/class/net/<iface>", null)]
    [InlineData("/dev/pstore/...", null)]
    [InlineData("/sys/firmware/acpi/tables/*", null)]
    [InlineData("/sys/devices/system/cpu/cpu[0-9]", null)]
    [InlineData("/sys/x/{a/b}", null)]
    [InlineData("/sys/class/net/eth0/device/../power", "power")]
    [InlineData("$(readlink -f /sys/class/x)/../size", null)]
    [InlineData("The kernel syscall interface", null)]
    public void LiteralLastNameIsToldWithoutReadingThePattern(string what, string? name) =>
        Assert.Equal(name, WhatPatternParser.LiteralLastName(what));

    /// <summary>The shortcut never disagrees with the parser: on every real What, a name it gives is the pattern's last component.</summary>
    [SkippableTheory]
    [InlineData("linux-6.12")]
    [InlineData("linux-6.1")]
    public void LiteralLastNameAgreesWithTheParserOnRealWhats(string version)
    {
        var corpus = AbiCorpusReader.ReadDirectory(TestPaths.Corpus(version));
        var named = 0;
        foreach (var what in corpus.Entries.SelectMany(e => e.Whats))
        {
            if (WhatPatternParser.LiteralLastName(what.Text) is not { } name) continue;
            named++;
            var pattern = WhatPatternParser.Parse(what.Text);
            if (!pattern.CanMatch) continue;
            var last = pattern.Kind == WhatKind.ThroughLink && !pattern.AfterLink.IsEmpty ? pattern.AfterLink[^1] : pattern.Components[^1];
            Assert.True(last is SegmentsComponent { LiteralText: { } text } && text == name, $"{what.Text}: '{name}' is not its last component");
        }
        // Most Whats end in a plain name: the shortcut must be worth having.
        Assert.True(named > corpus.Entries.Sum(e => e.Whats.Length) * 2 / 3, $"only {named} named");
    }
}
