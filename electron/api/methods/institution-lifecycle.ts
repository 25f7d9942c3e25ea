// Institution lifecycle: merge, split, rename, dissolve, governing body over time; each one undo step.
import { z } from 'zod';
import { method } from '../method';
import { id } from '../schemas/common';
import {
  dissolveInput,
  institutionLifecycle,
  lifecycleResult,
  mergeInput,
  renameInput,
  setGoverningBodyInput,
  splitInput,
} from '../schemas/institution-lifecycle';

export const institutionLifecycleMethods = {
  // One institution's status, successor chain, governance history and events.
  'institutions.getLifecycle': method(z.object({ id }).strict(), institutionLifecycle),
  // Sources merge into an existing institution (sáp nhập) or together into a new one (hợp nhất).
  'institutions.merge': method(mergeInput, lifecycleResult),
  // One institution becomes two or more new ones.
  'institutions.split': method(splitInput, lifecycleResult),
  'institutions.rename': method(renameInput, lifecycleResult),
  'institutions.dissolve': method(dissolveInput, lifecycleResult),
  // Closes the current governing body the day before validFrom and opens the new one.
  'institutions.setGoverningBody': method(setGoverningBodyInput, lifecycleResult),
} as const;
