// Opens each workbook with exceljs and saves it unchanged: what a Node.js integration does to a workbook.
// Usage: NODE_PATH=<dir with node_modules/exceljs> node roundtrip_exceljs.js <in-dir> <out-dir>
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

async function main(source, target) {
  fs.mkdirSync(target, { recursive: true });
  const names = fs.readdirSync(source).filter((n) => n.endsWith('.drl.xlsx')).sort();
  for (const name of names) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(source, name));
    await workbook.xlsx.writeFile(path.join(target, name));
  }
  console.error('exceljs', require('exceljs/package.json').version);
}

main(process.argv[2], process.argv[3]).catch((e) => { console.error(e); process.exit(1); });
