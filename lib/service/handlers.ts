// What the background answers: plain functions over a DbAccess, so they run in Node tests as in the worker.
// One file per domain, joined here.
import type { DbAccess } from '../db/open';
import type { Handlers } from '../messages';
import { compareHandlers } from './compare';
import { coreHandlers, type Platform } from './core';
import { correctionHandlers } from './corrections';
import { packHandlers } from './pack';
import { PackStatusTracker } from './pack-install';
import { pageHandlers } from './page';
import { recordHandlers } from './records';
import { sitesHandlers } from './sites';
import { snippetHandlers } from './snippets';

export function createHandlers(
  access: DbAccess,
  version: string,
  platform?: Platform,
  packStatus = new PackStatusTracker(),
): Handlers {
  return {
    ...coreHandlers(access, version, platform),
    ...recordHandlers(access, platform?.storage),
    ...pageHandlers(access),
    ...snippetHandlers(access, { pages: platform?.storage?.snippetPages }),
    ...compareHandlers(access),
    ...sitesHandlers(platform?.storage?.disabledSites),
    ...packHandlers(access, packStatus),
    ...correctionHandlers(access),
  };
}
