namespace AbiTool.Reference.Declarations;

/// <summary>
/// The dax_region/ group of a region's parent device. available_size, seed, create and delete exist in dynamic regions
/// only (<see cref="DynamicOnly"/>).
/// </summary>
public static class RegionAttributes
{
    public static readonly AttributeDeclaration Id =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/id", "0444", AttributeOwner.Region, ValueFormat.Decimal);

    public static readonly AttributeDeclaration Size =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/size", "0444", AttributeOwner.Region, ValueFormat.Decimal);

    public static readonly AttributeDeclaration Align =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/align", "0400", AttributeOwner.Region, ValueFormat.Decimal);

    public static readonly AttributeDeclaration AvailableSize =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/available_size", "0444", AttributeOwner.Region, ValueFormat.Decimal);

    public static readonly AttributeDeclaration Seed =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/seed", "0444", AttributeOwner.Region, ValueFormat.DeviceName);

    public static readonly AttributeDeclaration Create =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/create", "0644", AttributeOwner.Region, ValueFormat.DeviceName);

    public static readonly AttributeDeclaration Delete =
        new AttributeDeclaration("$(readlink -f /sys/bus/dax/devices/daxX.Y)/../dax_region/delete", "0200", AttributeOwner.Region, ValueFormat.WriteOnly);

    public static IReadOnlyList<AttributeDeclaration> DynamicOnly { get; } = [AvailableSize, Seed, Create, Delete];
}
