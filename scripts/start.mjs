// `npm start`: build and launch the Electron app when its binary is installed; on machines where it is not (installed
// offline with ELECTRON_SKIP_BINARY_DOWNLOAD=1), say so plainly and open the same app on the same data in Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/**
 * The Electron executable, or null. Not `require('electron')`: when the binary is missing, that call tries to
 * download it, which hangs or fails on an offline machine. This reads the same path.txt it would.
 */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH) return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** npm itself, the same one that runs this script when started as `npm start`. */
function npm(npmArgs) {
  if (process.env.npm_execpath) return run(process.execPath, [process.env.npm_execpath, ...npmArgs]);
  return process.platform === 'win32' ? run('cmd.exe', ['/d', '/s', '/c', 'npm', ...npmArgs]) : run('npm', npmArgs);
}

const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

const binary = electronBinary();
if (binary) {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const built = await run(process.execPath, [electronVite, 'build']);
  if (built !== 0) process.exit(built);
  process.exit(await run(binary, ['.', ...args]));
}

console.log(
  [
    'Máy này chưa cài chương trình Electron (bản cài ngoại tuyến, ELECTRON_SKIP_BINARY_DOWNLOAD=1),',
    'nên không mở được ứng dụng dạng cửa sổ Electron.',
    '`npm run start:chromium` mở cùng ứng dụng, trên cùng dữ liệu, trong trình duyệt Chromium của hệ thống.',
    '',
    'The Electron binary is not installed on this machine (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1),',
    'so the Electron app cannot be opened here.',
    '`npm run start:chromium` opens the same app, on the same data, in the system Chromium.',
  ].join('\n'),
);

const chromium = chromiumCandidates.find((candidate) => existsSync(candidate));
if (!chromium) {
  console.log(
    [
      '',
      'Không tìm thấy Chromium. Cài bằng: apt-get install chromium — rồi chạy lại `npm start`.',
      'Chromium was not found either. Install it (apt-get install chromium), then run `npm start` again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`\nĐang mở bằng Chromium (${chromium})… / Opening in Chromium (${chromium})…\n`);
// start:chromium takes the data file as --file; `npm start -- tinh.sqlite` means the same as for Electron.
const passed = args.flatMap((arg) => (/\.sqlite$/i.test(arg) && !arg.startsWith('-') ? ['--file', arg] : [arg]));
const chromiumArgs = [...(chromium === '/usr/bin/chromium' ? [] : ['--chromium', chromium]), ...passed];
process.exit(await npm(['run', 'start:chromium', ...(chromiumArgs.length ? ['--', ...chromiumArgs] : [])]));
