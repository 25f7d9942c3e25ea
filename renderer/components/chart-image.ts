import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';

// A chart as a picture to save: drawn again off screen by ECharts' server-side SVG mode (no animation, no tooltip
// or hover state of the live chart), with its title above it, then turned into PNG by the browser itself.

const TITLE_HEIGHT = 40;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/** The chart as one standalone SVG document (white background, the title on top when there is one). */
export function chartSvg(option: EChartsCoreOption, size: { width: number; height: number }, title: string | undefined, font: string, locale: string): ChartPicture {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height, locale });
  try {
    chart.setOption({ ...option, animation: false });
    const body = chart.renderToSVGString().replace(/^<\?xml[^>]*\?>\s*/, '');
    const top = title ? TITLE_HEIGHT : 0;
    const width = size.width;
    const height = size.height + top;
    const heading = title
      ? `<text x="16" y="26" font-family="${escapeXml(font)}" font-size="16" font-weight="600" fill="#1f1f1f">${escapeXml(title)}</text>`
      : '';
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>${heading}<g transform="translate(0 ${top})">${body}</g></svg>`;
    return { svg, width, height };
  } finally {
    chart.dispose();
  }
}

/** The SVG rasterised at `scale` × its size by the browser, as a PNG data URL. */
export async function svgToPng(picture: ChartPicture, scale = 2): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, picture.width, picture.height);
  return canvas.toDataURL('image/png');
}
