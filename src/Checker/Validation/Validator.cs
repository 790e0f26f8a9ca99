using System.Collections.Immutable;
using AbiTool.Diagnostics;
using AbiTool.Model;
using AbiTool.Validation.Rules;

namespace AbiTool.Validation;

/// <summary>Runs the validation rules over a corpus. Rules plug in as <see cref="IValidationRule"/> instances.</summary>
public sealed class Validator(IEnumerable<IValidationRule> rules)
{
    public static IReadOnlyList<IValidationRule> DefaultRules { get; } =
    [
        .. MissingTagRule.All,
        new EmptyDescriptionRule(),
        new EmptyWhatRule(),
        new DuplicateWhatRule(),
        new DateFormatRule(),
        new KernelVersionFormatRule(),
        new FileOutsideLevelsRule(),
        new TestingWithoutUsersRule(),
        new ParseNoteRule(),
        new WhatPatternRule(),
    ];

    private readonly IReadOnlyList<IValidationRule> rules = [.. rules];

    public Validator() : this(DefaultRules)
    {
    }

    /// <summary>All findings, in source order, with their default severities.</summary>
    public ImmutableArray<Diagnostic> Validate(AbiCorpus corpus)
    {
        // Rules only read the corpus, so they run side by side.
        var perRule = new List<Diagnostic>[rules.Count];
        Parallel.For(0, rules.Count, i => perRule[i] = [.. rules[i].Check(corpus)]);
        var findings = new List<Diagnostic>(perRule.Sum(list => list.Count));
        foreach (var list in perRule) findings.AddRange(list);
        findings.Sort(Diagnostic.SourceOrder);
        return [.. findings];
    }
}
