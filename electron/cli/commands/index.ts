import type { Command } from '../command';
import { backupCommand } from './backup';
import { callCommand } from './call';
import { createCommand } from './create';
import { generateCommand } from './generate';
import { migrateCommand } from './migrate';
import { sampleCommand } from './sample';

export const commands: readonly Command[] = [callCommand, sampleCommand, createCommand, generateCommand, migrateCommand, backupCommand];
