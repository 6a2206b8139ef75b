import type { RecordFilter } from '../db/queries';
import type { FigureRecord } from '../model';

export interface RecordsApi {
  listRecords: { request: RecordFilter; response: { records: FigureRecord[]; total: number } };
}
