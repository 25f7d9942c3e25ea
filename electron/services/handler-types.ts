import type { MethodName, MethodOutput, ParsedInput } from '../api/methods';
import type { ServiceContext } from './context';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A partial table, per area; registry.ts joins them and the compiler proves every method has a handler. */
export type HandlersFor<P extends string> = { [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M> };
