#!/usr/bin/env python3
"""Writes Sources/StanceGraph/Lexicons/first-names.tsv from the 1990 US Census name lists.

The Census Bureau's lists of male and female first names, with each name's share of the
population (public domain), ship in the PyPI package `names` (MIT licence), which this
script installs when it is missing. The extractor reads the table to know whether "he" or
"she" can stand for a person named earlier. A name is listed as male or female when that sex
carries at least nine in ten of its bearers; names shared more evenly ("Jordan", "Kelly")
are left out, and so is a name whose share is too small to count.

    python3 scripts/lexicons/census-first-names.py     # rewrites the file; commit the result
"""
import os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Sources", "StanceGraph", "Lexicons", "first-names.tsv")
try:
    import names
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "names==0.3.0"], check=True)
    import names
folder = os.path.dirname(names.__file__)

def shares(file):
    table = {}
    with open(os.path.join(folder, file), encoding="ascii") as f:
        for line in f:
            fields = line.split()
            if len(fields) == 4:
                table[fields[0].lower()] = float(fields[1])
    return table

male, female = shares("dist.male.first"), shares("dist.female.first")
# Shares are per cent of each sex; the two sexes are about equal in number.
rows = []
for name in sorted(set(male) | set(female)):
    m, f = male.get(name, 0.0), female.get(name, 0.0)
    if m + f < 0.001:
        continue
    if m >= 9 * f:
        rows.append((name, "male"))
    elif f >= 9 * m:
        rows.append((name, "female"))

with open(out, "w", encoding="utf-8") as f:
    f.write("# First names and the sex that nine in ten of their bearers have, from the 1990 US Census\n")
    f.write("# name lists (public domain, shipped in the PyPI package `names`). Written by\n")
    f.write("# scripts/lexicons/census-first-names.py; do not edit by hand. A lexicons/first-names.tsv\n")
    f.write("# beside the registry adds names of other languages, or moves one.\n")
    for name, sex in rows:
        f.write(f"{name}\t{sex}\n")
print(f"wrote {len(rows)} names to {os.path.relpath(out)}")
