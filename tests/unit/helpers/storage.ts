// The extension's storage items (lib/storage-items.ts) over WXT's storage, which the unit tests back with WXT's
// fake browser (reset it in the test to start empty).
import { storage } from 'wxt/utils/storage';
import { defineStorageItems } from '@/lib/storage-items';

export const storageItems = () => defineStorageItems(storage);
