#!/usr/bin/python3
"""Rewrites POI-written workbooks the way Excel or a Google Sheets download writes the same content.

Usage: like_tools.py excel|google-sheets <in-dir> <out-dir>
Neither tool runs on this machine, so the fixtures reproduce the structural traits each is known to write; every
trait is applied to the XML of the workbook, the content (texts, numbers, dates, merges) stays the same.

excel-like (Microsoft Excel 365 saving a workbook):
  - every text in the shared strings table (xl/sharedStrings.xml), never inline;
  - every inner cell of a merged region written as an empty <c> carrying the region's style (libxlsxwriter, which
    mirrors Excel's output, pads merges with formatted blanks: jmcnamara/XlsxWriter#367; qrilka/xlsx#57 finds
    styled extra cells in merges from Excel, LibreOffice and Google Sheets alike);
  - numbers in their shortest form, 30 not 30.0, and no t="n" (the default type);
  - yes/no cells as t="b" with 1/0;
  - a date as its serial number with the built-in short-date format (numFmtId 14) instead of a custom code;
  - rows carry spans="first:last".
google-sheets-like (File > Download > Microsoft Excel):
  - dates in Google's own format codes rather than Excel's (SheetJS/sheetjs#2112: Google writes "d.m" where Excel
    writes an escaped "d\\.m"); here "d.m.yyyy";
  - inner cells of merged regions present and styled (qrilka/xlsx#57);
  - numbers in their shortest form; yes/no as t="b";
  - texts as inline strings (t="inlineStr"). No source we found says which string storage the download uses; the
    fixture takes the one Excel does not use (openpyxl's), so the two like-fixtures cover both.
"""
import io
import pathlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ET.register_namespace("", MAIN)
ET.register_namespace("r", REL)
Q = lambda tag: "{%s}%s" % (MAIN, tag)
DATE_CODE = re.compile(r"[dmy]", re.I)


def column_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    m = re.match(r"([A-Z]+)(\d+)", ref)
    return column_number(m.group(1)), int(m.group(2))


def shared_strings(archive):
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(Q("t"))) for si in root.findall(Q("si"))]


def date_styles(styles_root):
    """Indexes of cellXfs whose number format is a date code, and the custom formats by id."""
    custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles_root.iter(Q("numFmt"))}
    xfs = styles_root.find(Q("cellXfs"))
    dates = set()
    for i, xf in enumerate(xfs.findall(Q("xf")) if xfs is not None else []):
        fid = int(xf.get("numFmtId", "0"))
        if (14 <= fid <= 22) or (fid in custom and DATE_CODE.search(custom[fid].split(";")[0])):
            dates.add(i)
    return dates


def restyle_dates(styles_root, tool):
    """Excel: date styles use built-in id 14. Google Sheets: its own custom code."""
    xfs = styles_root.find(Q("cellXfs"))
    numfmts = styles_root.find(Q("numFmts"))
    if numfmts is None:
        numfmts = ET.Element(Q("numFmts"))
        styles_root.insert(0, numfmts)
    google_id = 200
    if tool == "google-sheets":
        ET.SubElement(numfmts, Q("numFmt"), numFmtId=str(google_id), formatCode="d.m.yyyy")
    numfmts.set("count", str(len(numfmts)))
    for i in date_styles(styles_root):
        xf = xfs.findall(Q("xf"))[i]
        xf.set("numFmtId", "14" if tool == "excel" else str(google_id))
        xf.set("applyNumberFormat", "1")


def shortest(value):
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def rewrite_cells(sheet_root, strings, table, tool):
    for row in sheet_root.iter(Q("row")):
        for cell in row.findall(Q("c")):
            kind, value = cell.get("t", "n"), cell.find(Q("v"))
            text = None
            if kind == "s":
                text = strings[int(value.text)]
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(Q("t")))
            elif kind == "str" and cell.find(Q("f")) is None:
                text = value.text or ""
            if text is not None:
                for child in list(cell):
                    cell.remove(child)
                if tool == "excel":
                    cell.set("t", "s")
                    ET.SubElement(cell, Q("v")).text = str(table.setdefault(text, len(table)))
                else:
                    cell.set("t", "inlineStr")
                    ET.SubElement(ET.SubElement(cell, Q("is")), Q("t")).text = text
            elif kind == "n" and value is not None:
                cell.attrib.pop("t", None)
                value.text = shortest(value.text)
            elif kind == "b" and value is not None:
                value.text = "1" if value.text in ("1", "true") else "0"


def pad_merges(sheet_root):
    merges = sheet_root.find(Q("mergeCells"))
    data = sheet_root.find(Q("sheetData"))
    if merges is None:
        return
    rows = {int(r.get("r")): r for r in data.findall(Q("row"))}
    for merge in merges.findall(Q("mergeCell")):
        first, last = merge.get("ref").split(":")
        c1, r1 = split_ref(first)
        c2, r2 = split_ref(last)
        origin = [c for c in rows.get(r1, ET.Element("x")).findall(Q("c")) if c.get("r") == first]
        style = origin[0].get("s") if origin else None
        for r in range(r1, r2 + 1):
            row = rows.get(r)
            if row is None:
                row = ET.Element(Q("row"), r=str(r))
                rows[r] = row
            cells = {c.get("r"): c for c in row.findall(Q("c"))}
            for c in range(c1, c2 + 1):
                ref = column_letters(c) + str(r)
                if ref not in cells:
                    cells[ref] = ET.Element(Q("c"), r=ref)
                    if style is not None:
                        cells[ref].set("s", style)
            for cell in list(row):
                row.remove(cell)
            for cell in sorted(cells.values(), key=lambda e: split_ref(e.get("r"))[0]):
                row.append(cell)
    for row in list(data):
        data.remove(row)
    for r in sorted(rows):
        data.append(rows[r])


def add_spans(sheet_root):
    for row in sheet_root.iter(Q("row")):
        cols = [split_ref(c.get("r"))[0] for c in row.findall(Q("c"))]
        if cols:
            row.set("spans", "%d:%d" % (min(cols), max(cols)))


def shared_strings_xml(table):
    root = ET.Element(Q("sst"), count=str(len(table)), uniqueCount=str(len(table)))
    for text in sorted(table, key=table.get):
        t = ET.SubElement(ET.SubElement(root, Q("si")), Q("t"))
        t.text = text
        if text != text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return root


def xml_bytes(root):
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    return out.getvalue()


def convert(tool, source, target):
    table = {}
    with zipfile.ZipFile(source) as archive:
        strings = shared_strings(archive)
        parts = {name: archive.read(name) for name in archive.namelist()}
    for name in parts:
        if re.match(r"xl/worksheets/sheet\d+\.xml$", name):
            root = ET.fromstring(parts[name])
            rewrite_cells(root, strings, table, tool)
            pad_merges(root)
            if tool == "excel":
                add_spans(root)
            parts[name] = xml_bytes(root)
    styles = ET.fromstring(parts["xl/styles.xml"])
    restyle_dates(styles, tool)
    parts["xl/styles.xml"] = xml_bytes(styles)
    if tool == "excel":
        parts["xl/sharedStrings.xml"] = xml_bytes(shared_strings_xml(table))
    elif "xl/sharedStrings.xml" in parts:
        parts["xl/sharedStrings.xml"] = xml_bytes(shared_strings_xml({}))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, content in parts.items():
            out.writestr(name, content)


def main(tool, source_dir, target_dir):
    if tool not in ("excel", "google-sheets"):
        sys.exit("tool must be excel or google-sheets")
    target = pathlib.Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(pathlib.Path(source_dir).glob("*.drl.xlsx")):
        convert(tool, path, target / path.name)


if __name__ == "__main__":
    main(*sys.argv[1:4])
