using AbiTool.Patterns;
using AbiTool.Sources;
using AbiTool.Sysfs;

namespace AbiTool.Tests;

/// <summary>
/// abi undefined on this machine's live /sys with the 6.12 tree, on paths where the kernel's get_abi.pl gets it
/// wrong. Each fact was checked by reading the ABI text (and grepping the whole tree for the name); the reason is
/// beside it. Facts whose path this machine does not have are not counted; the test needs 15 of each kind.
/// </summary>
public class LiveSysfsTests
{
    /// <summary>get_abi.pl stays silent on these (its regexes let '.*' run across '/'), but no What documents them.</summary>
    public static readonly (string Path, string Why)[] MustBeReported =
    [
        ("/sys/devices/system/cpu/cpu0/hotplug/fail", "no What anywhere mentions a cpuX/hotplug folder"),
        ("/sys/devices/system/cpu/cpu0/hotplug/state", "no What anywhere mentions a cpuX/hotplug folder"),
        ("/sys/devices/system/cpu/cpu0/hotplug/target", "no What anywhere mentions a cpuX/hotplug folder"),
        ("/sys/devices/system/cpu/cpu1/hotplug/fail", "no What anywhere mentions a cpuX/hotplug folder"),
        ("/sys/devices/system/cpu/cpu0/cpuidle/state0/rejected", "cpuidle/state<N>/ documents name, desc, disable, latency… but never 'rejected'"),
        ("/sys/devices/virtual/block/loop0/queue/atomic_write_max_bytes", "documented as /sys/block/<disk>/atomic_write_max_bytes, without the queue/ folder the file lives in"),
        ("/sys/devices/virtual/block/loop0/queue/atomic_write_boundary_bytes", "same: the What lacks queue/"),
        ("/sys/devices/virtual/block/loop0/queue/atomic_write_unit_max_bytes", "same: the What lacks queue/"),
        ("/sys/devices/virtual/block/loop0/queue/atomic_write_unit_min_bytes", "same: the What lacks queue/"),
        ("/sys/bus/virtio/drivers/virtio_net/bind", "only fsl-mc, vdpa and pci document drivers/…/bind"),
        ("/sys/bus/virtio/drivers/virtio_net/unbind", "only fsl-mc, vdpa and pci document drivers/…/unbind"),
        ("/sys/bus/node/drivers_autoprobe", "only /sys/bus/vdpa/drivers_autoprobe is documented"),
        ("/sys/bus/node/drivers_probe", "no What documents a bus's drivers_probe"),
        ("/sys/devices/system/node/node0/reclaim", "no What mentions nodeX/reclaim"),
        ("/sys/devices/system/node/node0/hugepages/hugepages-2048kB/nr_hugepages", "the What is the folder hugepages-<size>/ (trailing '/'); its files are only pointed to in prose"),
        ("/sys/devices/system/node/node0/hugepages/hugepages-2048kB/free_hugepages", "as above: a folder What documents no file"),
    ];

    /// <summary>get_abi.pl reports these as undocumented, but a What names each of them.</summary>
    public static readonly (string Path, string Why)[] MustNotBeReported =
    [
        ("/sys/devices/system/cpu/offline", "What /sys/devices/system/cpu/offline (testing/sysfs-devices-system-cpu)"),
        ("/sys/devices/system/cpu/possible", "What /sys/devices/system/cpu/possible, same entry"),
        ("/sys/devices/system/cpu/present", "What /sys/devices/system/cpu/present, same entry"),
        ("/sys/devices/system/cpu/smt/active", "What /sys/devices/system/cpu/smt/active"),
        ("/sys/devices/system/cpu/smt/control", "What /sys/devices/system/cpu/smt/control"),
        ("/sys/devices/system/cpu/cpuidle/current_driver", "What /sys/devices/system/cpu/cpuidle/current_driver"),
        ("/sys/devices/system/cpu/cpuidle/current_governor", "What /sys/devices/system/cpu/cpuidle/current_governor"),
        ("/sys/devices/system/cpu/vulnerabilities/meltdown", "an indented What line under What: /sys/devices/system/cpu/vulnerabilities (get_abi.pl reads such lines as text)"),
        ("/sys/devices/system/cpu/vulnerabilities/spectre_v1", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/spectre_v2", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/l1tf", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/mds", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/itlb_multihit", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/retbleed", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/system/cpu/vulnerabilities/srbds", "an indented What line of the vulnerabilities entry, which get_abi.pl reads as text"),
        ("/sys/devices/virtual/memory_tiering/memory_tier4/nodelist", "What …/memory_tierN/nodelist: N is a number"),
        ("/sys/kernel/mm/mempolicy/weighted_interleave/node0", "What …/weighted_interleave/nodeN: N is a number (get_abi.pl leaves N literal)"),
    ];

    [SkippableFact]
    public void UndefinedOnLiveSysfsAgreesWithTheText()
    {
        Skip.IfNot(File.Exists("/proc/self/mounts") && File.ReadAllLines("/proc/self/mounts").Any(l => l.Split(' ') is [_, "/sys", "sysfs", ..]),
            "/sys is not a mounted sysfs here");
        var index = WhatIndex.Build(AbiCorpusReader.ReadDirectory(TestPaths.Corpus("linux-6.12")));
        var tree = SysfsTreeReader.Read("/sys");
        var matcher = new TreeMatcher(tree, index);

        var reported = MustBeReported.Where(f => tree.Find(f.Path) >= 0).ToList();
        var silent = MustNotBeReported.Where(f => tree.Find(f.Path) >= 0).ToList();
        Skip.If(reported.Count < 15 || silent.Count < 15,
            $"this machine's /sys has only {reported.Count} and {silent.Count} of the paths the facts are about");
        var undefined = UndefinedAnalysis.Run(tree, index).Select(u => u.Path).ToHashSet();
        Assert.All(reported, f => Assert.True(undefined.Contains(f.Path), $"{f.Path} should be reported: {f.Why}"));
        Assert.All(silent, f => Assert.True(matcher.IsDocumented(tree.Find(f.Path)), $"{f.Path} should not be reported: {f.Why}"));
        Assert.All(silent, f => Assert.DoesNotContain(f.Path, undefined));
    }
}
