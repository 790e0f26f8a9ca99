namespace AbiTool.Reference.Declarations;

/// <summary>
/// The files and links the driver core gives every bus, driver, module and device (drivers/base), as a real dax tree
/// has them: the bus's probe and uevent files, each driver's module link and its module's initstate, and each
/// device's uevent and power/ folder. Clients trip over their absence (daxctl's module loader reads initstate).
/// </summary>
public static class DriverCoreAttributes
{
    private static readonly string[] RuntimeStatusWords = ["active", "suspended", "suspending", "resuming", "error", "unsupported"];
    private static readonly string[] ControlWords = ["auto", "on"];

    public static readonly AttributeDeclaration BusUevent =
        new AttributeDeclaration("/sys/bus/dax/uevent", "0200", AttributeOwner.Bus, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration DriversProbe =
        new AttributeDeclaration("/sys/bus/dax/drivers_probe", "0200", AttributeOwner.Bus, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration DriversAutoprobe =
        new AttributeDeclaration("/sys/bus/dax/drivers_autoprobe", "0644", AttributeOwner.Bus, ValueFormat.Boolean);

    public static readonly AttributeDeclaration DriverUevent =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/uevent", "0200", AttributeOwner.Driver, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration DriverModule =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/module", "0777", AttributeOwner.Driver, ValueFormat.None, NodeKind.Link);

    public static readonly AttributeDeclaration ModuleInitState =
        new AttributeDeclaration("/sys/module/<module>/initstate", "0444", AttributeOwner.Module, ValueFormat.Word) { Words = ["live", "coming", "going"] };

    public static readonly AttributeDeclaration ModuleDriver =
        new AttributeDeclaration("/sys/module/<module>/drivers/dax:<driver>", "0777", AttributeOwner.Module, ValueFormat.None, NodeKind.Link);

    public static readonly AttributeDeclaration DeviceUevent =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/uevent", "0644", AttributeOwner.Device, ValueFormat.Lines);

    public static readonly AttributeDeclaration DevicePower =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/power", "0755", AttributeOwner.Device, ValueFormat.None, NodeKind.Directory);

    public static readonly AttributeDeclaration DeviceControl =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/power/control", "0644", AttributeOwner.Device, ValueFormat.Word) { Words = ControlWords };

    public static readonly AttributeDeclaration DeviceRuntimeStatus =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/power/runtime_status", "0444", AttributeOwner.Device, ValueFormat.Word) { Words = RuntimeStatusWords };

    public static readonly AttributeDeclaration DeviceRuntimeActiveTime =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/power/runtime_active_time", "0444", AttributeOwner.Device, ValueFormat.Decimal);

    public static readonly AttributeDeclaration DeviceRuntimeSuspendedTime =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/power/runtime_suspended_time", "0444", AttributeOwner.Device, ValueFormat.Decimal);

    public static readonly AttributeDeclaration MappingUevent =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/uevent", "0644", AttributeOwner.Mapping, ValueFormat.Lines);

    public static readonly AttributeDeclaration MappingPower =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/power", "0755", AttributeOwner.Mapping, ValueFormat.None, NodeKind.Directory);

    public static readonly AttributeDeclaration MappingControl =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/power/control", "0644", AttributeOwner.Mapping, ValueFormat.Word) { Words = ControlWords };

    public static readonly AttributeDeclaration MappingRuntimeStatus =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/power/runtime_status", "0444", AttributeOwner.Mapping, ValueFormat.Word) { Words = RuntimeStatusWords };

    public static readonly AttributeDeclaration MappingRuntimeActiveTime =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/power/runtime_active_time", "0444", AttributeOwner.Mapping, ValueFormat.Decimal);

    public static readonly AttributeDeclaration MappingRuntimeSuspendedTime =
        new AttributeDeclaration("/sys/bus/dax/devices/daxX.Y/mapping[0..N]/power/runtime_suspended_time", "0444", AttributeOwner.Mapping, ValueFormat.Decimal);

    public static readonly AttributeDeclaration ClassSubsystem =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/subsystem", "0777", AttributeOwner.ClassDevice, ValueFormat.None, NodeKind.Link) { Until = ClassDaxAttributes.LastKernel };

    public static readonly AttributeDeclaration ClassUevent =
        new AttributeDeclaration("/sys/class/dax/daxX.Y/uevent", "0644", AttributeOwner.ClassDevice, ValueFormat.Lines) { Until = ClassDaxAttributes.LastKernel };

    /// <summary>The files of a power/ folder, in the order the view writes them, by owner.</summary>
    public static IReadOnlyList<AttributeDeclaration> PowerOf(AttributeOwner owner) => owner switch
    {
        AttributeOwner.Device => [DevicePower, DeviceControl, DeviceRuntimeStatus, DeviceRuntimeActiveTime, DeviceRuntimeSuspendedTime],
        AttributeOwner.Mapping => [MappingPower, MappingControl, MappingRuntimeStatus, MappingRuntimeActiveTime, MappingRuntimeSuspendedTime],
        _ => [],
    };
}
