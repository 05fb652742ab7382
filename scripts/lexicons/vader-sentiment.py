#!/usr/bin/env python3
"""Writes Sources/StanceGraph/Lexicons/sentiment.tsv from the VADER sentiment lexicon.

VADER (Hutto and Gilbert, 2014; MIT licence) rates about 7,500 English words and emoticons
from -4 (most negative) to +4 (most positive), each the mean of ten human raters. It ships in
the PyPI package vaderSentiment, which this script downloads with pip (no install) and reads.
The extractor uses the words (not emoticons or phrases) as a general fallback for the stance
of a statement's content; the conflict and cooperation words of stance.tsv take precedence.

    python3 scripts/lexicons/vader-sentiment.py        # rewrites the file; commit the result
"""
import io, os, subprocess, sys, tempfile, zipfile

VERSION = "3.3.2"
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Sources", "StanceGraph", "Lexicons", "sentiment.tsv")

with tempfile.TemporaryDirectory() as folder:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    "-d", folder, "vaderSentiment==" + VERSION], check=True)
    wheel = next(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".whl"))
    with zipfile.ZipFile(wheel) as z:
        lexicon = z.read("vaderSentiment/vader_lexicon.txt").decode("utf-8")
        licence = z.read("vaderSentiment-%s.dist-info/LICENSE.txt" % VERSION).decode("utf-8")

rows = []
for line in lexicon.splitlines():
    parts = line.split("\t")
    if len(parts) < 2:
        continue
    word, valence = parts[0], float(parts[1])
    if not word.isalpha() or word != word.lower() or abs(valence) < 0.5:
        continue
    rows.append((word, valence))

with open(out, "w", encoding="utf-8") as f:
    f.write("# Word valence from the VADER sentiment lexicon (vaderSentiment %s on PyPI), words only,\n" % VERSION)
    f.write("# |valence| >= 0.5, on VADER's scale of -4 to +4. Written by scripts/lexicons/vader-sentiment.py:\n")
    f.write("# do not edit by hand; put conflict and cooperation words, which take precedence, in stance.tsv.\n#\n")
    for line in licence.strip().splitlines():
        f.write(("# " + line).rstrip() + "\n")
    f.write("#\n# word\tvalence\n")
    for word, valence in rows:
        f.write("%s\t%s\n" % (word, valence))
print("wrote %d words to %s" % (len(rows), os.path.relpath(out)))
