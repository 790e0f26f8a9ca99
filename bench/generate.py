#!/usr/bin/env python3
"""Generates a large sysfs snapshot (tar) and a large ABI tree for the scale benchmark.

usage: generate.py NODES ENTRIES OUT_DIR
Writes OUT_DIR/sysfs.tar (about NODES entries: device folders under /sys/devices/platform/cK/, their attribute files
and power/ folders, and the /sys/bus/cK/devices/ links to them) and OUT_DIR/abi/testing/sysfs-gen-N (ENTRIES entries:
one What per attribute of each bus, most with a placeholder, a share for buses the tree does not have, and every
seventh attribute left undocumented so that the run has something to report)."""
import io, os, sys, tarfile

nodes, entries, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ATTRS, POWER = 14, 3                     # per device: 14 files + power/ + 3 files + 1 bus link = 19 nodes
per_device = ATTRS + 1 + POWER + 1
devices = max(1, nodes // per_device)
classes = max(1, min(1000, devices // 100))
os.makedirs(os.path.join(out, "abi", "testing"), exist_ok=True)

def add(tar, name, kind, mode=0o444, target=None):
    info = tarfile.TarInfo(name)
    info.type, info.mode = kind, mode
    if target: info.linkname = target
    tar.addfile(info, io.BytesIO(b"") if kind == tarfile.REGTYPE else None)

with tarfile.open(os.path.join(out, "sysfs.tar"), "w", format=tarfile.GNU_FORMAT) as tar:
    for c in range(classes):
        add(tar, f"devices/platform/c{c}", tarfile.DIRTYPE, 0o755)
        add(tar, f"bus/c{c}/devices", tarfile.DIRTYPE, 0o755)
    for d in range(devices):
        c = d % classes
        base = f"devices/platform/c{c}/dev{d}"
        add(tar, base, tarfile.DIRTYPE, 0o755)
        for a in range(ATTRS):
            add(tar, f"{base}/attr{a}", tarfile.REGTYPE, 0o644 if a % 2 else 0o444)
        add(tar, f"{base}/power", tarfile.DIRTYPE, 0o755)
        for p in range(POWER):
            add(tar, f"{base}/power/ctl{p}", tarfile.REGTYPE, 0o644)
        add(tar, f"bus/c{c}/devices/dev{d}", tarfile.SYMTYPE, 0o777, f"../../../devices/platform/c{c}/dev{d}")

written, files, c = 0, 0, 0
text = []
while written < entries:
    for a in range(ATTRS):
        if written >= entries: break
        if a % 7 == 6: continue          # undocumented attribute
        what = f"/sys/bus/c{c}/devices/devX/attr{a}" if a % 3 else f"/sys/bus/c{c}/devices/<dev>/attr{a}"
        access = "(RW)" if a % 2 else "(RO)"
        text.append(f"What:\t\t{what}\nDate:\t\tMay 2024\nKernelVersion:\t6.10\nContact:\tgen@example.org\n"
                    f"Description:\n\t\t{access} Generated attribute {a} of bus c{c}.\nUsers:\t\tbench\n\n")
        written += 1
    if c < classes:                      # the power files, documented once per bus through a wildcard
        text.append(f"What:\t\t/sys/devices/platform/c{c}/*/power/ctl[0-2]\nDate:\t\tMay 2024\nKernelVersion:\t6.10\n"
                    f"Contact:\tgen@example.org\nDescription:\n\t\t(RW) Generated power control.\nUsers:\t\tbench\n\n")
        written += 1
    c += 1
    if len(text) >= 2000 or written >= entries:
        with open(os.path.join(out, "abi", "testing", f"sysfs-gen-{files}"), "w") as f:
            f.write("".join(text))
        files, text = files + 1, []
print(f"{devices * per_device + 2 * classes} nodes, {written} entries in {files} files, {classes} buses in the tree, {c} documented")
