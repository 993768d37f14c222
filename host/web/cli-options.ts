import { parseArgs } from 'node:util';

export interface WebOptions {
  data?: string;
  banks?: string;
  /** Absent: the port used last time (or 5757 the first time). */
  port?: number;
  open: boolean;
}

export type ParsedArgs = { kind: 'run'; options: WebOptions } | { kind: 'help' } | { kind: 'bad-option'; detail: string } | { kind: 'bad-port'; port: string };

/** The web host's command line; bad input is a value to report, never a stack trace. */
export function parseWebArgs(args: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowNegative: true,
      options: {
        data: { type: 'string' },
        banks: { type: 'string' },
        port: { type: 'string' },
        open: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return { kind: 'bad-option', detail: (e as Error).message.split('\n')[0]! };
  }
  if (values.help) return { kind: 'help' };
  const options: WebOptions = { open: values.open };
  if (values.data !== undefined) options.data = values.data;
  if (values.banks !== undefined) options.banks = values.banks;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) return { kind: 'bad-port', port: values.port };
    options.port = port;
  }
  return { kind: 'run', options };
}
