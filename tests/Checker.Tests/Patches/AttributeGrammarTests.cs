using AbiTool.Patches.CSource;
using Xunit;

namespace AbiTool.Tests.Patches;

public sealed class AttributeGrammarTests
{
    private static IReadOnlyList<SysfsDeclaration> Scan(params string[] lines) =>
        [.. AttributeScanner.Scan([.. lines.Select((l, i) => new SourceLine(l, i + 1))]).Select(f => f.Declaration)];

    [Theory]
    [InlineData("static DEVICE_ATTR_RO(size);", "size", "DEVICE_ATTR_RO", AttributeAccess.ReadOnly, "dev_attr_size")]
    [InlineData("static DEVICE_ATTR_RW(uuid);", "uuid", "DEVICE_ATTR_RW", AttributeAccess.ReadWrite, "dev_attr_uuid")]
    [InlineData("static DEVICE_ATTR_WO(delete);", "delete", "DEVICE_ATTR_WO", AttributeAccess.WriteOnly, "dev_attr_delete")]
    [InlineData("static DEVICE_ATTR_ADMIN_RO(start);", "start", "DEVICE_ATTR_ADMIN_RO", AttributeAccess.ReadOnly, "dev_attr_start")]
    [InlineData("static DEVICE_ATTR_ADMIN_RW(key);", "key", "DEVICE_ATTR_ADMIN_RW", AttributeAccess.ReadWrite, "dev_attr_key")]
    [InlineData("static DEVICE_ATTR(resource, 0400, resource_show, NULL);", "resource", "DEVICE_ATTR", AttributeAccess.ReadOnly, "dev_attr_resource")]
    [InlineData("static DEVICE_ATTR(mode, S_IRUGO | S_IWUSR, mode_show, mode_store);", "mode", "DEVICE_ATTR", AttributeAccess.ReadWrite, "dev_attr_mode")]
    [InlineData("static DRIVER_ATTR_WO(new_id);", "new_id", "DRIVER_ATTR_WO", AttributeAccess.WriteOnly, "driver_attr_new_id")]
    [InlineData("static DRIVER_ATTR_RW(bind_mode);", "bind_mode", "DRIVER_ATTR_RW", AttributeAccess.ReadWrite, "driver_attr_bind_mode")]
    [InlineData("static BUS_ATTR_WO(flush);", "flush", "BUS_ATTR_WO", AttributeAccess.WriteOnly, "bus_attr_flush")]
    [InlineData("static BUS_ATTR_RO(version);", "version", "BUS_ATTR_RO", AttributeAccess.ReadOnly, "bus_attr_version")]
    [InlineData("static CLASS_ATTR_RO(count);", "count", "CLASS_ATTR_RO", AttributeAccess.ReadOnly, "class_attr_count")]
    [InlineData("static CLASS_ATTR_WO(export);", "export", "CLASS_ATTR_WO", AttributeAccess.WriteOnly, "class_attr_export")]
    public void HelperMacros(string line, string name, string macro, AttributeAccess access, string variable)
    {
        var d = Assert.Single(Scan(line));
        Assert.Equal(DeclarationKind.Attribute, d.Kind);
        Assert.Equal(name, d.Name);
        Assert.Equal(macro, d.Macro);
        Assert.Equal(access, d.Access);
        Assert.Equal(variable, d.Variable);
        Assert.False(d.IsTemplate);
    }

    [Theory]
    [InlineData("__ATTR(size, 0444, size_show, NULL)", "size", AttributeAccess.ReadOnly)]
    [InlineData("__ATTR_RO(version)", "version", AttributeAccess.ReadOnly)]
    [InlineData("__ATTR_RW(enabled)", "enabled", AttributeAccess.ReadWrite)]
    [InlineData("__ATTR_WO(trigger)", "trigger", AttributeAccess.WriteOnly)]
    [InlineData("__ATTR(store_only, 0200, NULL, store_only_store)", "store_only", AttributeAccess.WriteOnly)]
    [InlineData("__ATTR_RW_MODE(secret, 0600)", "secret", AttributeAccess.ReadWrite)]
    public void AttrInitialisers(string text, string name, AttributeAccess access)
    {
        var d = Assert.Single(Scan("\t" + text + ","));
        Assert.Equal(name, d.Name);
        Assert.Equal(access, d.Access);
        Assert.StartsWith("__ATTR", d.Macro);
    }

    [Fact]
    public void StructInitialiserOverTwoLinesNamesTheFileNotTheVariable()
    {
        var found = Scan("static struct device_attribute dev_attr_ram_qos_class =", "\t__ATTR(qos_class, 0444, ram_qos_class_show, NULL);");
        var d = Assert.Single(found);
        Assert.Equal("qos_class", d.Name);
        Assert.Equal("dev_attr_ram_qos_class", d.Variable);
        Assert.Equal(AttributeAccess.ReadOnly, d.Access);
    }

    [Fact]
    public void BracedInitialiserReadsNameAndMode()
    {
        var d = Assert.Single(Scan(
            "static struct kobj_attribute rate_attr = {",
            "\t.attr = { .name = \"rate\", .mode = 0644 },",
            "\t.show = rate_show,",
            "\t.store = rate_store,",
            "};"), x => x.Kind == DeclarationKind.Attribute);
        Assert.Equal("rate", d.Name);
        Assert.Equal("rate_attr", d.Variable);
        Assert.Equal(AttributeAccess.ReadWrite, d.Access);
    }

    [Fact]
    public void ArraysGroupsVisibilityAndCreateCalls()
    {
        var found = Scan(
            "static struct attribute *foo_attrs[] = {",
            "\t&dev_attr_size.attr,",
            "\t&driver_attr_new_id.attr,",
            "\tNULL,",
            "};",
            "static umode_t foo_visible(struct kobject *k, struct attribute *a, int n)",
            "{",
            "\tif (a == &dev_attr_size.attr) return 0;",
            "}",
            "static const struct attribute_group foo_group = {",
            "\t.attrs = foo_attrs,",
            "\t.is_visible = foo_visible,",
            "};",
            "ATTRIBUTE_GROUPS(foo);",
            "rc = device_create_file(dev, &dev_attr_hotplug);",
            "rc = sysfs_create_group(&dev->kobj, &foo_group);");
        Assert.Equal(["size", "new_id", "hotplug"], found.Where(d => d.Kind == DeclarationKind.Reference).Select(d => d.Name));
        Assert.Equal(["foo_attrs", "foo", "foo_group"], found.Where(d => d.Kind == DeclarationKind.Group).Select(d => d.Name));
        Assert.Equal("foo_visible", Assert.Single(found, d => d.Kind == DeclarationKind.Visibility).Name);
    }

    [Fact]
    public void ShowFunctionsAreFound()
    {
        var found = Scan("static ssize_t uuid_show(struct device *dev,", "\t\tstruct device_attribute *attr, char *buf)", "{", "\treturn sysfs_emit(buf, \"%pUb\\n\", &uuid);", "}");
        Assert.Equal("uuid", Assert.Single(found, d => d.Kind == DeclarationKind.ShowFunction).Name);
    }

    [Fact]
    public void PastedNamesAreTemplatesAndHelperDefinitionsAndCommentsAreNotAttributes()
    {
        var found = Scan(
            "#define REGION_TARGET_ATTR_RW(n) \\",
            "static DEVICE_ATTR_RW(target##n)",
            "#define DEVICE_ATTR_RO(_name) \\",
            "\tstruct device_attribute dev_attr_##_name = __ATTR_RO(_name)",
            "/* DEVICE_ATTR_RO(old) was here */",
            "// static DEVICE_ATTR_RW(gone);");
        // The bodies of macros are templates: their names are pasted when the macro is used, so they are never linted.
        Assert.Equal(["target##n", "_name"], found.Select(d => d.Name));
        Assert.All(found, d => Assert.True(d.IsTemplate));
    }

    [Theory]
    [InlineData("0444", AttributeAccess.ReadOnly)]
    [InlineData("0400", AttributeAccess.ReadOnly)]
    [InlineData("0644", AttributeAccess.ReadWrite)]
    [InlineData("0200", AttributeAccess.WriteOnly)]
    [InlineData("S_IWUSR", AttributeAccess.WriteOnly)]
    [InlineData("S_IRUSR | S_IWUSR", AttributeAccess.ReadWrite)]
    [InlineData("mode", AttributeAccess.Unknown)]
    public void Modes(string mode, AttributeAccess access) => Assert.Equal(access, ModeBits.AccessOf(mode));
}
