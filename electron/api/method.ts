import type { z } from 'zod';

export interface MethodDef {
  input: z.ZodType;
  output: z.ZodType;
}

/** One contract entry: the input the dispatcher parses and the output a handler must return. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
