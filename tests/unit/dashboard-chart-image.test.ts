import { describe, expect, it } from 'vitest';
import { pngBytes, svgBytes } from '../../electron/services/dashboard/chart-image';
import { withVietnameseNumbers } from '../../renderer/components/chart-defaults';

// What charts.saveImage accepts: a real PNG (signature then IHDR), or one SVG document without active content.

// A 1 × 1 PNG, as a browser's canvas.toDataURL would give it.
const ONE_PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const code = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { code?: string; details?: { reason?: string } }).details?.reason ?? 'threw';
  }
};

describe('PNG check', () => {
  it('accepts a PNG and returns its bytes', () => {
    const bytes = pngBytes(ONE_PIXEL);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBe(1); // IHDR width
  });

  it('refuses a JPEG or text labelled PNG, and broken base64', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)]).toString('base64');
    expect(code(() => pngBytes(`data:image/png;base64,${jpeg}`))).toBe('not_png');
    expect(code(() => pngBytes(`data:image/png;base64,${Buffer.from('<svg></svg>'.repeat(5)).toString('base64')}`))).toBe('not_png');
    expect(code(() => pngBytes('data:image/png;base64,iVBOR w0K!!'))).toBe('bad_base64');
  });
});

describe('SVG check', () => {
  const svg = (body: string, prologue = '') => `${prologue}<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`;

  it('accepts an <svg> document, with an XML declaration and a comment before it', () => {
    expect(code(() => svgBytes(svg('<rect width="5" height="5"/>')))).toBeNull();
    expect(code(() => svgBytes(svg('<text>Mức đạt</text>', '<?xml version="1.0" encoding="UTF-8"?>\n<!-- biểu đồ -->\n')))).toBeNull();
    expect(svgBytes(svg('<text>Mức đạt</text>')).toString('utf8')).toContain('Mức đạt');
  });

  it('refuses what is not one SVG document', () => {
    expect(code(() => svgBytes('<html><svg xmlns="http://www.w3.org/2000/svg"></svg></html>'))).toBe('not_svg');
    expect(code(() => svgBytes('<svg><rect/></svg>'))).toBe('not_svg'); // no SVG namespace
    expect(code(() => svgBytes(`${svg('')}<script>alert(1)</script>`))).toBe('not_svg');
    expect(code(() => svgBytes('hello'))).toBe('not_svg');
  });

  it('refuses scripts, event handlers, embedded HTML and javascript: links', () => {
    expect(code(() => svgBytes(svg('<script>alert(1)</script>')))).toBe('svg_active_content');
    expect(code(() => svgBytes(svg('<rect onclick="alert(1)"/>')))).toBe('svg_active_content');
    expect(code(() => svgBytes(svg('<foreignObject><div/></foreignObject>')))).toBe('svg_active_content');
    expect(code(() => svgBytes(svg('<a href="javascript:alert(1)"><rect/></a>')))).toBe('svg_active_content');
  });
});

describe('Vietnamese numbers in charts', () => {
  it('fills a value axis and the tooltip with 1.234,5 formatters, leaves set formatters and category axes alone', () => {
    const own = (v: number) => `${v} đ`;
    const option = withVietnameseNumbers({
      xAxis: { type: 'category', data: ['2026'] },
      yAxis: [{ type: 'value' }, { type: 'value', axisLabel: { formatter: own } }],
      tooltip: { trigger: 'axis' },
    }) as unknown as { xAxis: { axisLabel?: unknown }; yAxis: { axisLabel: { formatter: (v: number) => string } }[]; tooltip: { valueFormatter: (v: number) => string } };
    expect(option.xAxis.axisLabel).toBeUndefined();
    expect(option.yAxis[0]!.axisLabel.formatter(1234.5)).toBe('1.234,5');
    expect(option.yAxis[1]!.axisLabel.formatter).toBe(own);
    expect(option.tooltip.valueFormatter(1234567.891)).toBe('1.234.567,89');
  });
});
