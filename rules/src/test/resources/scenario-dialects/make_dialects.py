#!/usr/bin/env python3
"""Writes the scenario CSV dialect fixtures from the shipped DefaultScenarios.scenarios.csv.

Each fixture holds the same cells as the shipped file, written with the structural traits of the tool it stands
for (see README.md). Run from this folder: python3 make_dialects.py
"""
import csv
import io

SOURCE = "../../../main/resources/default-ruleset/DefaultScenarios.scenarios.csv"

# name: (separator, byte order mark, line end, line end after the last row)
DIALECTS = {
    # Excel in Spanish, German or French, "CSV UTF-8": list separator ';' (the decimal separator is ','),
    # a BOM, CRLF, and a field quoted only when it holds ';', '"' or a line break.
    "excel-es-de-fr.scenarios.csv": (";", True, "\r\n", True),
    # LibreOffice Calc, Save As Text CSV with the default options on Linux: ',', no BOM, LF.
    "libreoffice-comma.scenarios.csv": (",", False, "\n", True),
    # LibreOffice Calc with field delimiter ';' chosen in the export dialog: ';', no BOM, LF.
    "libreoffice-semicolon.scenarios.csv": (";", False, "\n", True),
    # Google Sheets, File > Download > CSV: ',', no BOM, LF, no line end after the last row.
    "google-sheets.scenarios.csv": (",", False, "\n", False),
}


def main():
    with open(SOURCE, newline="", encoding="utf-8") as source:
        rows = list(csv.reader(source))
    for name, (separator, bom, line_end, final) in DIALECTS.items():
        out = io.StringIO()
        csv.writer(out, delimiter=separator, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL).writerows(rows)
        text = out.getvalue() if final else out.getvalue()[: -len(line_end)]
        with open(name, "wb") as target:
            target.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


if __name__ == "__main__":
    main()
