using Sprache;

namespace AbiTool.Patches.CSource;

/// <summary>
/// The Sprache grammar of the C forms that put files in sysfs. Each parser reads one form from its first token; the
/// <see cref="AttributeScanner"/> tries them where a form can start.
/// </summary>
public static class AttributeGrammar
{
    private static Parser<T> Tok<T>(Parser<T> parser) => parser.Token();

    private static Parser<string> Word(string word) =>
        Parse.String(word).Text().Then(w => Parse.LetterOrDigit.Or(Parse.Char('_')).Not().Return(w));

    /// <summary>A C identifier.</summary>
    public static readonly Parser<string> Identifier =
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.LetterOrDigit.Or(Parse.Char('_')));

    /// <summary>An identifier that may be pasted together in a macro body: <c>target##n</c>, <c>dc##n##_size</c>.</summary>
    private static readonly Parser<(string Text, bool Pasted)> NameToken =
        from first in Identifier
        from rest in (from hashes in Parse.String("##").Token() from part in Identifier select part).Many()
        let parts = rest.ToList()
        select (parts.Count == 0 ? first : first + "##" + string.Join("##", parts), parts.Count > 0);

    /// <summary>Everything up to the next ',' or ')' at this nesting level: a mode or a function argument.</summary>
    private static readonly Parser<string> Argument =
        Parse.Ref(() => Nested).Or(Parse.CharExcept(",()").Once().Text()).Many().Select(parts => string.Concat(parts).Trim());

    private static readonly Parser<string> Nested =
        from open in Parse.Char('(')
        from inner in Parse.Ref(() => Argument).DelimitedBy(Parse.Char(',')).Optional()
        from close in Parse.Char(')')
        select "(" + string.Join(",", inner.GetOrElse([])) + ")";

    private static readonly Parser<IEnumerable<string>> MoreArguments =
        (from comma in Parse.Char(',') from argument in Argument select argument).Many();

    private static readonly Parser<string> Suffix =
        Parse.String("_ADMIN_RO").Or(Parse.String("_ADMIN_RW")).Or(Parse.String("_RO")).Or(Parse.String("_RW"))
            .Or(Parse.String("_WO")).Text().Optional().Select(s => s.GetOrElse(""));

    /// <summary><c>DEVICE_ATTR_RO(x)</c>, <c>DRIVER_ATTR_WO(x)</c>, <c>BUS_ATTR_RW(x)</c>, <c>CLASS_ATTR_RO(x)</c>, <c>DEVICE_ATTR(x, mode, show, store)</c>.</summary>
    public static readonly Parser<SysfsDeclaration> MacroDefinition =
        from owner in Word("DEVICE").Or(Word("DRIVER")).Or(Word("BUS")).Or(Word("CLASS")).Or(Parse.String("DEVICE").Text())
            .Or(Parse.String("DRIVER").Text()).Or(Parse.String("BUS").Text()).Or(Parse.String("CLASS").Text())
        from attr in Parse.String("_ATTR")
        from suffix in Suffix
        from end in Parse.LetterOrDigit.Or(Parse.Char('_')).Not()
        from open in Tok(Parse.Char('('))
        from name in Tok(NameToken)
        from args in MoreArguments
        from close in Tok(Parse.Char(')'))
        let mode = suffix.Length == 0 ? args.FirstOrDefault() : null
        let prefix = owner.ToLowerInvariant() == "device" ? "dev" : owner.ToLowerInvariant()
        select new SysfsDeclaration(DeclarationKind.Attribute, name.Text, $"{prefix}_attr_{name.Text}", owner + "_ATTR" + suffix,
            suffix.Length == 0 ? ModeBits.AccessOf(mode) : ModeBits.AccessOfSuffix(suffix), mode ?? ModeBits.ModeOfSuffix(suffix), name.Pasted, 0);

    /// <summary><c>__ATTR(x, mode, show, store)</c>, <c>__ATTR_RO(x)</c>, <c>__ATTR_RW_MODE(x, mode)</c> and kin.</summary>
    public static readonly Parser<SysfsDeclaration> AttrInitializer =
        from attr in Parse.String("__ATTR")
        from suffix in Parse.Regex("(_ADMIN_RO|_ADMIN_RW|_RO_MODE|_RW_MODE|_WO|_RO|_RW|_PREALLOC|_IGNORE_LOCKDEP)?")
        from end in Parse.LetterOrDigit.Or(Parse.Char('_')).Not()
        from open in Tok(Parse.Char('('))
        from name in Tok(NameToken)
        from args in MoreArguments
        from close in Tok(Parse.Char(')'))
        let explicitMode = suffix is "" or "_PREALLOC" or "_IGNORE_LOCKDEP" or "_RO_MODE" or "_RW_MODE" ? args.FirstOrDefault() : null
        select new SysfsDeclaration(DeclarationKind.Attribute, name.Text, null, "__ATTR" + suffix,
            explicitMode is not null ? ModeBits.AccessOf(explicitMode) : ModeBits.AccessOfSuffix(suffix),
            explicitMode ?? ModeBits.ModeOfSuffix(suffix), name.Pasted, 0);

    private static readonly Parser<string> AttributeStruct =
        from kind in Word("device_attribute").Or(Word("driver_attribute")).Or(Word("bus_attribute")).Or(Word("class_attribute"))
            .Or(Word("kobj_attribute")).Or(Word("attribute"))
        select kind;

    /// <summary>A braced initialiser's <c>.name = "x"</c> and <c>.mode = m</c>, wherever they sit inside it.</summary>
    private static readonly Parser<(string? Name, string? Mode)> BracedFields =
        from open in Tok(Parse.Char('{'))
        from body in Parse.CharExcept("{}").Many().Text().Or(Parse.Ref(() => BracedText)).Many()
        from close in Tok(Parse.Char('}'))
        let text = string.Concat(body)
        select (FieldOf(text, "name"), FieldOf(text, "mode"));

    private static readonly Parser<string> BracedText =
        from open in Parse.Char('{')
        from body in Parse.CharExcept("{}").Many().Text().Or(Parse.Ref(() => BracedText)).Many()
        from close in Parse.Char('}')
        select "{" + string.Concat(body) + "}";

    /// <summary><c>struct device_attribute dev_attr_x = __ATTR(name, …)</c> or <c>= { .attr = { .name = "name", .mode = 0444 }, … }</c>.</summary>
    public static readonly Parser<SysfsDeclaration> StructInitializer =
        from qualifiers in Tok(Word("static").Or(Word("const"))).Many()
        from keyword in Tok(Word("struct"))
        from kind in Tok(AttributeStruct)
        from variable in Tok(NameToken)
        from assign in Tok(Parse.Char('='))
        from value in AttrInitializer.Select(d => (d.Name, d.Mode, Access: d.Access, Macro: d.Macro, Pasted: d.IsTemplate))
            .Or(BracedFields.Select(f => (Name: f.Name ?? "", f.Mode, Access: ModeBits.AccessOf(f.Mode), Macro: "struct " + kind, Pasted: false)))
        where value.Name.Length > 0
        select new SysfsDeclaration(DeclarationKind.Attribute, value.Name, variable.Text, value.Macro == "struct " + kind ? value.Macro : $"struct {kind} = {value.Macro}",
            value.Access, value.Mode, variable.Pasted || value.Pasted, 0);

    /// <summary><c>&amp;dev_attr_x.attr</c> in an attribute array (not <c>a == &amp;dev_attr_x.attr</c>, which only tests it).</summary>
    public static readonly Parser<SysfsDeclaration> ArrayEntry =
        from amp in Tok(Parse.Char('&'))
        from variable in NameToken
        from attr in Parse.String(".attr")
        from end in Parse.LetterOrDigit.Or(Parse.Char('_')).Or(Parse.Char('.')).Not()
        from next in Tok(Parse.Char(',').Or(Parse.Char('}')))
        select Reference(variable.Text, "&.attr", variable.Pasted);

    /// <summary><c>device_create_file(dev, &amp;dev_attr_x)</c>, <c>sysfs_create_file(kobj, &amp;x.attr)</c> and kin.</summary>
    public static readonly Parser<SysfsDeclaration> CreateFile =
        from function in Word("device_create_file").Or(Word("sysfs_create_file")).Or(Word("driver_create_file"))
            .Or(Word("bus_create_file")).Or(Word("class_create_file"))
        from open in Tok(Parse.Char('('))
        from owner in Argument
        from comma in Tok(Parse.Char(','))
        from amp in Tok(Parse.Char('&'))
        from variable in NameToken
        from attr in Parse.String(".attr").Optional()
        from close in Tok(Parse.Char(')'))
        select Reference(variable.Text, function, variable.Pasted);

    /// <summary><c>ATTRIBUTE_GROUPS(x)</c>, <c>__ATTRIBUTE_GROUPS(x)</c>, <c>.attrs = x</c>, <c>sysfs_create_group(kobj, &amp;g)</c>.</summary>
    public static readonly Parser<SysfsDeclaration> Group =
        (from macro in Parse.String("__ATTRIBUTE_GROUPS").Or(Parse.String("ATTRIBUTE_GROUPS")).Text()
         from open in Tok(Parse.Char('('))
         from name in Tok(Identifier)
         from close in Tok(Parse.Char(')'))
         select new SysfsDeclaration(DeclarationKind.Group, name, name + "_groups", macro, AttributeAccess.Unknown, null, false, 0))
        .Or(from field in Parse.String(".attrs")
            from eq in Tok(Parse.Char('='))
            from name in Tok(Identifier)
            select new SysfsDeclaration(DeclarationKind.Group, name, name, ".attrs", AttributeAccess.Unknown, null, false, 0))
        .Or(from function in Word("sysfs_create_groups").Or(Word("sysfs_create_group")).Or(Word("device_add_groups")).Or(Word("device_add_group"))
            from open in Tok(Parse.Char('('))
            from owner in Argument
            from comma in Tok(Parse.Char(','))
            from amp in Tok(Parse.Char('&')).Optional()
            from name in Tok(Identifier)
            from close in Tok(Parse.Char(')'))
            select new SysfsDeclaration(DeclarationKind.Group, name, name, function, AttributeAccess.Unknown, null, false, 0));

    /// <summary><c>.is_visible = f</c> (also through <c>SYSFS_GROUP_VISIBLE(f)</c>).</summary>
    public static readonly Parser<SysfsDeclaration> Visibility =
        from field in Parse.String(".is_visible")
        from eq in Tok(Parse.Char('='))
        from name in Tok(Identifier)
        from wrapped in (from open in Parse.Char('(') from inner in Tok(NameToken) from close in Parse.Char(')') select inner.Text).Optional()
        select new SysfsDeclaration(DeclarationKind.Visibility, wrapped.GetOrElse(name), null, ".is_visible", AttributeAccess.Unknown, null, false, 0);

    /// <summary><c>ssize_t NAME_show(</c>: the read side of attribute NAME.</summary>
    public static readonly Parser<SysfsDeclaration> ShowFunction =
        from type in Tok(Word("ssize_t"))
        from name in Tok(Identifier)
        where name.EndsWith("_show", StringComparison.Ordinal) && name.Length > 5
        from open in Parse.Char('(')
        select new SysfsDeclaration(DeclarationKind.ShowFunction, name[..^5], null, "show function", AttributeAccess.Unknown, null, false, 0);

    /// <summary>Every form, tried in turn.</summary>
    public static readonly Parser<SysfsDeclaration> AnyForm =
        StructInitializer.Or(MacroDefinition).Or(AttrInitializer).Or(ArrayEntry).Or(CreateFile).Or(Group).Or(Visibility).Or(ShowFunction);

    /// <summary>A reference's file name: <c>dev_attr_x</c>, <c>driver_attr_x</c>… name file <c>x</c> by the macros' convention.</summary>
    private static SysfsDeclaration Reference(string variable, string macro, bool pasted)
    {
        var name = variable;
        foreach (var prefix in (ReadOnlySpan<string>)["dev_attr_", "driver_attr_", "bus_attr_", "class_attr_"])
        {
            if (variable.StartsWith(prefix, StringComparison.Ordinal)) { name = variable[prefix.Length..]; break; }
        }
        return new SysfsDeclaration(DeclarationKind.Reference, name, variable, macro, AttributeAccess.Unknown, null, pasted, 0);
    }

    /// <summary>The value of <c>.field = value</c> in an initialiser's text (a string's content, or the expression).</summary>
    private static string? FieldOf(string text, string field)
    {
        var at = 0;
        while ((at = text.IndexOf("." + field, at, StringComparison.Ordinal)) >= 0)
        {
            var rest = text.AsSpan(at + field.Length + 1).TrimStart();
            at += field.Length + 1;
            if (rest.IsEmpty || rest[0] != '=') continue;
            rest = rest[1..].TrimStart();
            if (rest.Length > 0 && rest[0] == '"')
            {
                var close = rest[1..].IndexOf('"');
                return close < 0 ? null : rest[1..(close + 1)].ToString();
            }
            var end = rest.IndexOfAny(",}");
            return (end < 0 ? rest : rest[..end]).Trim().ToString();
        }
        return null;
    }
}
