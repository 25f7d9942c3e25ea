// `npm run start:chromium`: the same app on the same data, in the system's Chromium, for machines where the
// Electron binary is not installed. Options: --file <data.sqlite>, --data-dir <folder>, --headless.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDirectory, launchChromiumHost } from './chromium-host';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    'data-dir': { type: 'string' },
    headless: { type: 'boolean', default: false },
    chromium: { type: 'string' },
  },
});

const executablePath = values.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Không tìm thấy Chromium tại ${executablePath}. Cài bằng: apt-get install chromium (hoặc chỉ đường bằng --chromium).`);
  console.error(`(Chromium not found at ${executablePath}; install it or pass --chromium <path>.)`);
  process.exit(1);
}
if (!values.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('Không có màn hình (DISPLAY). Chạy trong phiên đồ họa, hoặc: xvfb-run npm run start:chromium');
  console.error('(No display: run it in a desktop session, or under xvfb-run.)');
  process.exit(1);
}

const dataDirectory = resolve(values['data-dir'] ?? defaultDataDirectory());
const host = await launchChromiumHost({
  dataDirectory,
  headless: values.headless,
  file: values.file ? resolve(values.file) : undefined,
  executablePath,
  appWindow: !values.headless,
});
console.info(`Ứng dụng đang chạy trong Chromium. Thư mục dữ liệu: ${dataDirectory}. Đóng cửa sổ để thoát.`);
host.context.on('close', () => void host.close().then(() => process.exit(0)));
process.on('SIGINT', () => void host.close().then(() => process.exit(0)));
