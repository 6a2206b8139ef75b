import type { Counts } from '../db/queries';

export interface CoreApi {
  ping: { request: undefined; response: { version: string } };
  getCounts: { request: undefined; response: Counts };
}
