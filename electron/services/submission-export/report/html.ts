import type { ReportModel, ReportTable } from './model-types';

// The report as one self-contained HTML page for the host's print-to-PDF: inline CSS, charts as inline SVG, no
// script, nothing fetched (a CSP meta tag forbids it anyway). Layout and sizes are those of the .docx; page numbers
// come from CSS page-margin boxes, from page 2 on.

/** SVG markup of each chart of the model, by chart id. */
export type ChartSvgs = Map<string, string>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: ${FONT}; font-size: 14pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
html { font-family: ${FONT}; font-size: 14pt; color: #000; background: #fff; }
body { margin: 0; }
p { margin: 0; }
.blocks { width: 100%; border-collapse: collapse; table-layout: fixed; }
.blocks td { vertical-align: top; text-align: center; padding: 0; }
.s13 { font-size: 13pt; } .s12 { font-size: 12pt; } .s11 { font-size: 11pt; }
.b { font-weight: bold; } .i { font-style: italic; }
.rule { border-top: 0.75pt solid #000; margin: 3pt auto 0; height: 0; }
.gap { height: 6pt; }
.title { text-align: center; font-weight: bold; margin-top: 18pt; }
.subject { text-align: center; font-weight: bold; }
h2 { font-size: 14pt; font-weight: bold; text-indent: 1.27cm; text-align: left; margin: 6pt 0 6pt; line-height: 1.15; break-after: avoid; }
p.body { text-indent: 1.27cm; text-align: justify; margin: 0 0 6pt; line-height: 1.15; orphans: 2; widows: 2; }
.caption { text-align: center; font-weight: bold; font-size: 13pt; margin: 6pt 0 3pt; break-after: avoid; }
.unit { text-align: right; font-style: italic; font-size: 12pt; margin-bottom: 3pt; break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; margin-bottom: 6pt; }
table.data th, table.data td { border: 0.5pt solid #000; padding: 1.5pt 4pt; vertical-align: middle; }
table.data th { font-weight: bold; text-align: center; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data tr.total td { font-weight: bold; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
figure { margin: 6pt 0 12pt; text-align: center; break-inside: avoid; }
figure svg { width: 164mm; height: auto; display: block; margin: 0 auto; }
figcaption { font-style: italic; font-size: 13pt; margin-top: 3pt; }
.closing { margin-top: 12pt; break-inside: avoid; }
.closing td { vertical-align: top; }
.closing td.recipients { text-align: left; }
.signature { height: 72pt; }
`;

function dataTable(table: ReportTable): string {
  const weights = table.columns.reduce((n, c) => n + c.width, 0);
  const cols = table.columns.map((c) => `<col style="width:${((c.width / weights) * 100).toFixed(2)}%">`).join('');
  const head = table.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const cells = row.cells.map((text, i) => `<td class="${table.columns[i]!.align}">${escapeHtml(text)}</td>`).join('');
      return `<tr${row.emphasis === 'total' ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  return [
    `<p class="caption">${escapeHtml(table.caption)}</p>`,
    table.unit ? `<p class="unit">${escapeHtml(table.unit)}</p>` : '',
    `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`,
  ].join('\n');
}

// Only the chart renderer's own SVG is inlined; anything that is not an <svg> element is dropped.
const svgOnly = (svg: string | undefined) => (svg && /^\s*<svg[\s>]/.test(svg) ? svg.replace(/<script[\s\S]*?<\/script>/gi, '') : '');

export function renderHtml(model: ReportModel, charts: ChartSvgs): string {
  const h = model.header;
  const c = model.closing;
  const e = escapeHtml;
  const body: string[] = [];
  for (const section of model.sections) {
    body.push(`<h2>${e(section.heading)}</h2>`);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') body.push(`<p class="body">${e(block.text)}</p>`);
      else if (block.kind === 'table') body.push(dataTable(block.table));
      else {
        const svg = svgOnly(charts.get(block.chart.id));
        if (svg) body.push(`<figure>${svg}<figcaption>${e(block.chart.caption)}</figcaption></figure>`);
      }
    }
  }
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${e(`${model.title.documentType} ${model.title.subject}`)}</title>
<style>${STYLE}</style></head>
<body>
<table class="blocks"><colgroup><col style="width:40%"><col style="width:60%"></colgroup><tr>
<td><p class="s13">${e(h.superiorBody)}</p><p class="s13 b">${e(h.issuingBody)}</p><div class="rule" style="width:22mm"></div><div class="gap"></div><p class="s13">${e(h.numberLine)}</p></td>
<td><p class="s12 b">${e(h.nationalName)}</p><p class="s13 b">${e(h.motto)}</p><div class="rule" style="width:58mm"></div><div class="gap"></div><p class="i">${e(h.placeDateLine)}</p></td>
</tr></table>
<p class="title">${e(model.title.documentType)}</p>
<p class="subject">${e(model.title.subject)}</p>
<div class="rule" style="width:40mm; margin-bottom: 12pt"></div>
${body.join('\n')}
<table class="blocks closing"><colgroup><col style="width:45%"><col style="width:55%"></colgroup><tr>
<td class="recipients"><p class="s12 b i">${e(c.recipientsLabel)}</p>${c.recipients.map((line) => `<p class="s11">${e(line)}</p>`).join('')}</td>
<td>${c.authority ? `<p class="b">${e(c.authority)}</p>` : ''}<p class="b">${e(c.signerTitle)}</p><div class="signature"></div><p class="b">${e(c.signerName)}</p></td>
</tr></table>
</body></html>
`;
}
