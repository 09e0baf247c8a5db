#!/usr/bin/env python3
# usage: python3 tools/pinyin-table.py /usr/share/unicode > src/MetricAssistant.Understanding/Text/pinyin.txt  (Debian package unicode-data)
# Builds Text/pinyin.txt: the toneless Mandarin syllable of each GB2312 character (Unicode Unihan kMandarin, first reading).
import bz2, sys, unicodedata, collections
d = sys.argv[1]
gb = set()
for line in bz2.open(f"{d}/Unihan_OtherMappings.txt.bz2", "rt", encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) == 3 and p[1] == "kGB0": gb.add(chr(int(p[0][2:], 16)))
by = collections.defaultdict(list)
for line in bz2.open(f"{d}/Unihan_Readings.txt.bz2", "rt", encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) != 3 or p[1] != "kMandarin": continue
    c = chr(int(p[0][2:], 16))
    if c not in gb: continue
    r = p[2].split()[0]
    s = "".join(ch for ch in unicodedata.normalize("NFD", r) if ch not in "\u0300\u0301\u0304\u030c")
    s = unicodedata.normalize("NFC", s).replace("ü", "v")
    by[s].append(c)
print("# The toneless pinyin of the GB2312 characters, one syllable a line: \"syllable characters\" (ü written v).")
print("# Generated from the Unicode Unihan database (kMandarin, first reading; kGB0 for the character set), Unicode")
print("# 15.0 as packaged by Debian's unicode-data, by tools/pinyin-table.py; (c) Unicode, Inc., Unicode License v3.")
for s in sorted(by): print(s, "".join(sorted(by[s])))
