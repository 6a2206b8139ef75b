import { createDbAccess } from '@/lib/db/open';
import { registerRouter } from '@/lib/messages';
import { createHandlers } from '@/lib/service/handlers';

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker woken by a message must find its listeners at once.
  const access = createDbAccess();
  registerRouter(createHandlers(access, browser.runtime.getManifest().version), browser.runtime.onMessage as never);
});
