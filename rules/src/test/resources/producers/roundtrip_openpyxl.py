#!/usr/bin/python3
"""Opens each workbook with openpyxl and saves it unchanged: what an analyst's script does to a workbook.

Usage: roundtrip_openpyxl.py <in-dir> <out-dir>   (run with /usr/bin/python3, Debian's python3-openpyxl)
openpyxl writes no <c> element for the inner cells of a merged region and rewrites 30.0 as 30.
"""
import pathlib
import sys

import openpyxl

source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
for path in sorted(source.glob("*.drl.xlsx")):
    workbook = openpyxl.load_workbook(path)
    workbook.save(target / path.name)
print("openpyxl", openpyxl.__version__, file=sys.stderr)
