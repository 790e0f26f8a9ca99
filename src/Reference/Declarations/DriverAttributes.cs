namespace AbiTool.Reference.Declarations;

/// <summary>The files of /sys/bus/dax/drivers/&lt;driver&gt;: the bus's id lists and the driver core's bind/unbind.</summary>
public static class DriverAttributes
{
    public static readonly AttributeDeclaration NewId =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/new_id", "0200", AttributeOwner.Driver, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration RemoveId =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/remove_id", "0200", AttributeOwner.Driver, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration Bind =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/bind", "0200", AttributeOwner.Driver, ValueFormat.WriteOnly);

    public static readonly AttributeDeclaration Unbind =
        new AttributeDeclaration("/sys/bus/dax/drivers/<driver>/unbind", "0200", AttributeOwner.Driver, ValueFormat.WriteOnly);
}
