"""Writes every ```trust block of a Markdown file to its own .trust file.

usage: extract_trust_blocks.py MARKDOWN OUTDIR

Prints how many blocks it wrote. The files together form one project.
"""
import os
import re
import shutil
import sys

markdown, out = sys.argv[1], sys.argv[2]
blocks = re.findall(r"^```trust\n(.*?)^```$", open(markdown, encoding="utf-8").read(), re.S | re.M)
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
for i, block in enumerate(blocks):
    with open(os.path.join(out, f"block{i:02}.trust"), "w", encoding="utf-8") as f:
        f.write(block)
print(f"{len(blocks)} blocks")
