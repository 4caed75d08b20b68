#!/usr/bin/python3
"""Copies a libtorch weights archive with one stored tensor overwritten by NaN (float32), for
the test that non-finite weights are refused. libtorch archives are zip files of raw tensor
storages; this rewrites the largest storage and lets zipfile recompute its checksum, without
needing torch.

usage: poison_weights.py IN.pt OUT.pt
"""
import struct
import sys
import zipfile


def main(source, target):
    with zipfile.ZipFile(source) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    storages = [i for i, (info, _) in enumerate(entries) if "/data/" in info.filename]
    largest = max(storages, key=lambda i: len(entries[i][1]))
    info, data = entries[largest]
    nan = struct.pack("<f", float("nan"))
    entries[largest] = (info, nan * (len(data) // 4) + data[len(data) // 4 * 4:])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for info, data in entries:
            out.writestr(info.filename, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
