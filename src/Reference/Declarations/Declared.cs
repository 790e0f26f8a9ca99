namespace AbiTool.Reference.Declarations;

/// <summary>Every declaration of the model, in one list, for the renderer, the value checks and the docs test.</summary>
public static class Declared
{
    public static IReadOnlyList<AttributeDeclaration> All { get; } =
    [
        DeviceAttributes.Modalias, DeviceAttributes.Size, DeviceAttributes.Align, DeviceAttributes.Mapping,
        DeviceAttributes.MappingStart, DeviceAttributes.MappingEnd, DeviceAttributes.MappingPageOffset,
        DeviceAttributes.Resource, DeviceAttributes.NumaNode, DeviceAttributes.TargetNode, DeviceAttributes.MemmapOnMemory,
        DeviceAttributes.Dev, DeviceAttributes.Driver, DeviceAttributes.Subsystem,
        RegionAttributes.Id, RegionAttributes.Size, RegionAttributes.Align, RegionAttributes.AvailableSize,
        RegionAttributes.Seed, RegionAttributes.Create, RegionAttributes.Delete,
        DriverAttributes.NewId, DriverAttributes.RemoveId, DriverAttributes.Bind, DriverAttributes.Unbind,
        MemoryAttributes.BlockSizeBytes, MemoryAttributes.AutoOnlineBlocks, MemoryAttributes.Block,
        MemoryAttributes.State, MemoryAttributes.PhysIndex, MemoryAttributes.ValidZones,
        NodeAttributes.Possible, NodeAttributes.Online, NodeAttributes.Node, NodeAttributes.CpuList,
        NodeAttributes.MemInfo, NodeAttributes.MemoryLink,
        ClassDaxAttributes.Root, ClassDaxAttributes.Dev, ClassDaxAttributes.Size, ClassDaxAttributes.Device,
        ClassDaxAttributes.RegionId, ClassDaxAttributes.RegionSize, ClassDaxAttributes.RegionAlign,
        ClassDaxAttributes.Modalias, ClassDaxAttributes.TargetNode, ClassDaxAttributes.Resource,
        ClassDaxAttributes.NumaNode, ClassDaxAttributes.Align, ClassDaxAttributes.MappingStart,
        ClassDaxAttributes.MappingEnd, ClassDaxAttributes.MappingPageOffset,
        DriverCoreAttributes.BusUevent, DriverCoreAttributes.DriversProbe, DriverCoreAttributes.DriversAutoprobe,
        DriverCoreAttributes.DriverUevent, DriverCoreAttributes.DriverModule, DriverCoreAttributes.ModuleInitState,
        DriverCoreAttributes.ModuleDriver, DriverCoreAttributes.DeviceUevent, DriverCoreAttributes.DevicePower,
        DriverCoreAttributes.DeviceControl, DriverCoreAttributes.DeviceRuntimeStatus, DriverCoreAttributes.DeviceRuntimeActiveTime,
        DriverCoreAttributes.DeviceRuntimeSuspendedTime, DriverCoreAttributes.MappingUevent, DriverCoreAttributes.MappingPower,
        DriverCoreAttributes.MappingControl, DriverCoreAttributes.MappingRuntimeStatus, DriverCoreAttributes.MappingRuntimeActiveTime,
        DriverCoreAttributes.MappingRuntimeSuspendedTime, DriverCoreAttributes.ClassSubsystem, DriverCoreAttributes.ClassUevent,
    ];

    /// <summary>The declarations of one owner, for the value checks that walk a tree owner by owner.</summary>
    public static IEnumerable<AttributeDeclaration> Of(AttributeOwner owner) => All.Where(d => d.Owner == owner);
}
