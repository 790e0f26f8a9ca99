namespace AbiTool.Tests.Docs;

/// <summary>Which What a path mentioned in a Description links to, on the real 6.12 tree.</summary>
public class CrossLinksTests
{
    [SkippableTheory]
    // Written exactly as a What.
    [InlineData("/sys/bus/dax/devices/daxX.Y/target_node", "abi_sys_bus_dax_devices_daxx_y_target_node")]
    // A concrete path under a What whose last component is a plain name.
    [InlineData("/sys/bus/dax/devices/dax0.0/size", "abi_sys_bus_dax_devices_daxx_y_size")]
    [InlineData("/sys/class/firmware-attributes/thinklmi/attributes/save_settings", "abi_sys_class_firmware_attributes_attributes_save_settings")]
    // Only Whats ending in a placeholder match; the one with more plain components wins over "/sys/.../<device>/<UUID>/".
    [InlineData("/sys/firmware/devicetree/base", "abi_sys_firmware_devicetree")]
    [InlineData("/sys/devices/.../power", "abi_sys_devices_power")]
    public void APathLinksToTheClosestWhat(string path, string label)
    {
        var site = DocsFixture.RealSite(TestPaths.Corpus("linux-6.12"));
        var found = site.Links.FindWhat(path);
        Assert.True(found is not null, $"{path}: no What");
        Assert.Equal(label, found.Value.Label);
    }

    [SkippableFact]
    public void APathNoWhatDocumentsHasNoLink()
    {
        var site = DocsFixture.RealSite(TestPaths.Corpus("linux-6.12"));
        Assert.Null(site.Links.FindWhat("/config/no_such_abitool_file"));
        Assert.Null(site.Links.FindWhat("/proc/no_such_abitool_file"));
    }
}
