#!/usr/bin/env python3
"""Writes Sources/StanceGraph/Lexicons/person-nouns.txt from WordNet 3.0.

WordNet (Princeton University; WordNet 3.0 licence, permissive) files every noun sense under
a lexicographer file; noun.person holds the senses that are people: "businessman",
"neurosurgeon", "tycoon", "widow", "candidate". The extractor reads the list to tell a
description of a person ("the billionaire businessman said") from one of a thing ("the
economic recovery"). A word is listed when its most frequent noun sense is a person, so that
"party" or "source", people only in rarer senses, are not, nor are names ("bridges" is
Harry Bridges in WordNet, an instance of a labor leader). Debian's wordnet-base package holds
the database; this script installs it when it is missing (apt-get, as root).

    python3 scripts/lexicons/wordnet-person-nouns.py     # rewrites the file; commit the result
"""
import os, re, subprocess

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "Sources", "StanceGraph", "Lexicons", "person-nouns.txt")
folder = "/usr/share/wordnet"
if not os.path.exists(os.path.join(folder, "index.noun")):
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "wordnet-base"], check=True, env=env, stdout=subprocess.DEVNULL)

PERSON = 18  # lexnames: 18 noun.person

def entries(name):
    with open(os.path.join(folder, name), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.rstrip("\n")

lexfile = {}
instances = set()
for line in entries("data.noun"):
    fields = line.split(" ", 3)
    lexfile[fields[0]] = int(fields[1])
    # An instance ("@i": Einstein is an instance of physicist) is a name, not a noun.
    if " @i " in line.split("|")[0]:
        instances.add(fields[0])

words = []
for line in entries("index.noun"):
    fields = line.split()
    lemma, synsets = fields[0], int(fields[2])
    pointers = int(fields[3])
    offsets = fields[4 + pointers + 2:]
    # One plain word in lower case: no phrases ("head_of_state"), names or abbreviations.
    if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma) or len(offsets) != synsets:
        continue
    # The most frequent sense comes first.
    if lexfile.get(offsets[0]) == PERSON and offsets[0] not in instances:
        words.append(lemma)

with open(out, "w", encoding="utf-8") as f:
    f.write("# Nouns whose most frequent sense is a person, from WordNet 3.0's noun.person\n")
    f.write("# (Princeton University, WordNet 3.0 licence). Written by\n")
    f.write("# scripts/lexicons/wordnet-person-nouns.py; do not edit by hand.\n")
    for word in sorted(set(words)):
        f.write(word + "\n")
print("%d words" % len(set(words)))
