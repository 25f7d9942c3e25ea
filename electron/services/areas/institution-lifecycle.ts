import type { HandlersFor } from '../handler-types';
import {
  dissolveInstitution,
  getLifecycle,
  mergeInstitutions,
  renameInstitution,
  setGoverningBody,
  splitInstitution,
} from '../institution-lifecycle';

type LifecycleMethod =
  | 'institutions.getLifecycle'
  | 'institutions.merge'
  | 'institutions.split'
  | 'institutions.rename'
  | 'institutions.dissolve'
  | 'institutions.setGoverningBody';

/** Handlers for electron/api/methods/institution-lifecycle.ts; the work lives in electron/services/institution-lifecycle/. */
export const institutionLifecycleHandlers = {
  'institutions.getLifecycle': ({ id }, ctx) => getLifecycle(ctx, id),
  'institutions.merge': (input, ctx) => mergeInstitutions(ctx, input),
  'institutions.split': (input, ctx) => splitInstitution(ctx, input),
  'institutions.rename': (input, ctx) => renameInstitution(ctx, input),
  'institutions.dissolve': (input, ctx) => dissolveInstitution(ctx, input),
  'institutions.setGoverningBody': (input, ctx) => setGoverningBody(ctx, input),
} satisfies Pick<HandlersFor<'institutions'>, LifecycleMethod>;
