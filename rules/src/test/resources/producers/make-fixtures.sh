#!/usr/bin/env bash
# Remakes every producer fixture from the POI-written workbooks of a source dir (default: the shipped rule set).
# Usage: rules/src/test/resources/producers/make-fixtures.sh [source-dir]
# Needs: a JDK 17 and the Maven wrapper (offline), /usr/bin/python3 with python3-openpyxl, LibreOffice
# (libreoffice-calc-nogui), node with exceljs (EXCELJS_NODE_MODULES=<dir holding exceljs>, default: installs it
# once into a scratch dir under /tmp). Each fixture dir then holds the source's workbooks as that tool writes them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
source_dir="$(cd "${1:-$repo/rules/src/main/resources/default-ruleset}" && pwd)"
scratch="$(mktemp -d /tmp/producers.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# source/: the POI-written inputs, the shipped workbooks plus ProducerTraits.drl.xlsx written by POI here.
rm -rf "$here/source" && mkdir -p "$here/source"
cp "$source_dir"/*.drl.xlsx "$here/source/"
(cd "$repo" && ./mvnw -o -q -B dependency:build-classpath -pl rules -Dmdep.outputFile="$scratch/cp.txt" >/dev/null)
java -cp "$(cat "$scratch/cp.txt")" "$here/MakeTraitsWorkbook.java" "$here/source" 2>/dev/null

# openpyxl/: load and save unchanged.
rm -rf "$here/openpyxl" && /usr/bin/python3 "$here/roundtrip_openpyxl.py" "$here/source" "$here/openpyxl"

# exceljs/: load and save unchanged.
modules="${EXCELJS_NODE_MODULES:-}"
if [[ -z "$modules" ]]; then
  modules=/tmp/producers-exceljs/node_modules
  [[ -d "$modules/exceljs" ]] || (mkdir -p /tmp/producers-exceljs && cd /tmp/producers-exceljs && npm install --silent exceljs)
fi
rm -rf "$here/exceljs" && NODE_PATH="$modules" node "$here/roundtrip_exceljs.js" "$here/source" "$here/exceljs"

# libreoffice/: load and save unchanged as Excel 2007-365, in a profile of its own.
rm -rf "$here/libreoffice" && mkdir -p "$here/libreoffice"
soffice -env:UserInstallation="file://$scratch/lo-profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$here/libreoffice" "$here/source"/*.drl.xlsx >/dev/null

# excel-like/ and google-sheets-like/: the traits those tools write, applied to the XML (see like_tools.py).
rm -rf "$here/excel-like" "$here/google-sheets-like"
/usr/bin/python3 "$here/like_tools.py" excel "$here/source" "$here/excel-like"
/usr/bin/python3 "$here/like_tools.py" google-sheets "$here/source" "$here/google-sheets-like"
ls "$here"/*/*.drl.xlsx | sed "s|$here/||"
