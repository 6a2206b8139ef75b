import type { Coverage } from '../pack/coverage';
import type { PackStatus } from '../service/pack-install';

export interface PackApi {
  /** Where the starter pack's load is (the library shows progress while it runs). */
  getPackStatus: { request: undefined; response: PackStatus };
  /** Which standard indicators the stored records cover, per region and year (the library's Coverage tab). */
  getCoverage: { request: undefined; response: Coverage };
}
