import { resolve } from 'node:path';
import type { Envelope } from '../../api/envelope';
import { EXIT_FAILED, EXIT_OK, usageError } from '../cli-error';
import { type Command, stringOption } from '../command';
import type { Io } from '../io';

async function readInput(text: string | undefined, io: Io): Promise<unknown> {
  if (text === undefined) return {};
  const source = text === '-' ? await io.readStdin() : text;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw usageError(`Dữ liệu đầu vào không phải JSON hợp lệ (invalid JSON input): ${(error as Error).message}`);
  }
}

function print(envelope: Envelope<unknown>, io: Io): number {
  io.out(JSON.stringify(envelope, null, 2));
  if (envelope.ok) return EXIT_OK;
  io.err(`Lỗi ${envelope.error.code}: ${envelope.error.message}`);
  return EXIT_FAILED;
}

export const callCommand: Command = {
  name: 'call',
  summary: 'Gọi một phương thức của hợp đồng API và in phong bì JSON (dispatch a contract method, print the envelope)',
  usage: 'call <method> [json-input] [--file <tệp.sqlite>]',
  details: [
    'Tham số (arguments):',
    '  <method>        Tên phương thức, ví dụ profile.get, institutions.list (method name)',
    '  [json-input]    Dữ liệu vào dạng JSON; "-" để đọc từ stdin; mặc định {} (JSON input; "-" reads stdin)',
    'Tùy chọn (options):',
    '  -f, --file <tệp>   Mở tệp dữ liệu trước khi gọi (open this data file first; backs up and migrates it if needed)',
    '  --open <tệp>       Trả lời hộp thoại "Mở tệp" (answers the open-file dialog)',
    '  --save <tệp|thư mục> Trả lời hộp thoại "Lưu tệp mới" (answers the new-file dialog)',
    '  --events           In các sự kiện ra stderr (print events to stderr)',
    '',
    'Ví dụ (example): npm run cli -- call profile.update \'{"patch":{"signerName":"Trần Thị B"}}\' --file tinh.sqlite',
  ],
  options: {
    file: { type: 'string', short: 'f' },
    open: { type: 'string' },
    save: { type: 'string' },
    events: { type: 'boolean' },
  },
  positionals: { min: 1, max: 2, names: '<method> [json-input]' },
  async run({ values, positionals, dataDirectory }, io) {
    const [method = '', inputText] = positionals;
    const input = await readInput(inputText, io);
    // The services load only once the command line is known to be good: help and usage errors stay instant.
    const [{ createCliHost }, { openDataFile }, { errorEnvelope }] = await Promise.all([
      import('../cli-host'),
      import('../../services/areas/file'),
      import('../../services/dispatcher'),
    ]);
    const host = createCliHost(io, {
      dataDirectory,
      open: stringOption(values, 'open'),
      save: stringOption(values, 'save'),
      showEvents: values.events === true,
    });
    try {
      const file = stringOption(values, 'file');
      if (file !== undefined) {
        try {
          openDataFile(host.ctx, resolve(file));
        } catch (raw) {
          // A refused file is an answer in the same shape as any other failure, so scripts handle one format.
          return print(errorEnvelope('file.open', raw), io);
        }
      }
      return print(await host.dispatch(method, input), io);
    } finally {
      host.close();
    }
  },
};
